package org.mitwirken.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.validation.PrintableText;

/** Register for an event. */
@Schema(name = "RegistrationRequest", requiredProperties = { "name", "email" })
public record RegistrationRequest(
        @Schema(description = "Name as it should be on the list at the door")
        @NotBlank @Size(max = 200) @PrintableText String name,
        @Schema(description = "Where the confirmation and the cancellation link go")
        @NotBlank @Email(message = "{email-address}") @Size(max = 254) String email,
        @Schema(nullable = true, description = "Answers to the registration's questions, in their order; each optional")
        @Size(max = RegistrationSettings.MAX_QUESTIONS)
        List<@NotNull @Size(max = 1000) @PrintableText String> answers,
        @Schema(nullable = true, description = "Language of the mails: de (when absent) or en")
        @Pattern(regexp = "de|en", message = "{mail-language}") String language) {
}
