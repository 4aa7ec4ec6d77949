package org.mitwirken.subscription;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Newsletter", description = "A newsletter as it was sent",
        requiredProperties = { "id", "subject", "body", "sentBy", "sentAt", "recipientCount" })
public record NewsletterResponse(UUID id, String subject, String body,
        @Schema(description = "The login name of the staff member who sent it") String sentBy, Instant sentAt,
        @Schema(description = "How many addresses it went to") int recipientCount) {

    static NewsletterResponse of(Newsletter newsletter) {
        return new NewsletterResponse(newsletter.id, newsletter.subject, newsletter.body, newsletter.sentBy,
                newsletter.sentAt, newsletter.recipientCount);
    }
}
