package org.mitwirken.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "NewsletterRequest", description = "A short announcement of staff to the followers of a process",
        requiredProperties = { "subject", "body" })
public record NewsletterRequest(
        @Schema(description = "The mail's subject and heading")
        @NotBlank @Size(max = 150) @PrintableText String subject,
        @Schema(description = "Plain text; a blank line starts a new paragraph, a web address alone in a paragraph "
                + "becomes a link") @NotBlank @Size(max = 5000) String body) {
}
