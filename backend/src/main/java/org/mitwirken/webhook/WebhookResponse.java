package org.mitwirken.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.PublicChanges.ChangeType;

@Schema(name = "Webhook", description = "A registered app's endpoint; its secret is shown only when created or rotated",
        requiredProperties = { "id", "appClient", "url", "events", "active", "createdAt", "updatedAt", "version" })
public record WebhookResponse(
        UUID id,
        String appClient,
        String url,
        @Schema(description = "The event types it receives; empty: all") List<ChangeType> events,
        boolean active,
        @Schema(description = "Until when deliveries are also signed with the secret before the last rotation; null "
                + "when they are not") Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static WebhookResponse of(WebhookSubscription webhook) {
        return new WebhookResponse(webhook.id, webhook.appClient, webhook.url, webhook.events(), webhook.active,
                webhook.previousSecretUntil, webhook.createdAt, webhook.updatedAt, webhook.version);
    }
}
