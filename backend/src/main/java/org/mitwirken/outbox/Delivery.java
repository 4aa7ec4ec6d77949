package org.mitwirken.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delivery", description = "One message to one receiver, with its last attempts (newest first)",
        requiredProperties = { "id", "eventType", "body", "createdAt", "state", "attempts", "lastAttempts" })
public record Delivery(
        @Schema(description = "Also sent as `webhook-id`; the same on every retry") UUID id,
        @Schema(description = "What it announces, e.g. `format.published`") String eventType,
        @Schema(description = "The body as sent, JSON; it names what changed and never holds personal data")
        String body,
        Instant createdAt,
        DeliveryState state,
        @Schema(description = "Attempts so far") int attempts,
        @Schema(description = "When it is tried next; null once delivered or abandoned") Instant nextAttemptAt,
        @Schema(description = "When a receiver took it (2xx); null until then") Instant deliveredAt,
        List<DeliveryAttempt> lastAttempts) {

    public enum DeliveryState {
        PENDING, DELIVERED, ABANDONED
    }

    static Delivery of(OutboxMessage message, List<DeliveryAttempt> lastAttempts) {
        DeliveryState state = message.deliveredAt != null ? DeliveryState.DELIVERED
                : message.abandonedAt != null ? DeliveryState.ABANDONED : DeliveryState.PENDING;
        return new Delivery(message.id, message.label, message.payload, message.createdAt, state, message.attempts,
                state == DeliveryState.PENDING ? message.nextAttemptAt : null, message.deliveredAt, lastAttempts);
    }
}
