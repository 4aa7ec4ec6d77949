package org.mitwirken.subscription;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewsletterPreview", description = "A newsletter as a German-speaking follower receives it",
        requiredProperties = { "subject", "text", "html" })
public record NewsletterPreview(String subject, String text,
        @Schema(description = "A whole HTML document; show it sandboxed") String html) {
}
