package org.mitwirken.subscription;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.validation.PrintableText;

/** Follow a scope by e-mail. */
public record SubscriptionRequest(
        @Schema(description = "Where the mails go; confirmed by a link first")
        @NotBlank @Email(message = "{email-address}") @Size(max = 254) String email,
        @NotNull SubscriptionScope scopeType,
        @Schema(description = "Slug of the process, format, field of action or district")
        @NotBlank @Size(max = 200) @PrintableText String scope,
        @Schema(nullable = true, description = "Language of the mails: de (when absent) or en")
        @Pattern(regexp = "de|en", message = "{mail-language}") String language) {
}
