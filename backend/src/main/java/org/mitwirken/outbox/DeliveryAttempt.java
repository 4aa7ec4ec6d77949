package org.mitwirken.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryAttempt", requiredProperties = { "number", "attemptedAt", "durationMillis" })
public record DeliveryAttempt(
        int number,
        Instant attemptedAt,
        @Schema(description = "The receiver's HTTP status; null when it gave none (refused connection, timeout)")
        Integer status,
        @Schema(description = "Why it failed, e.g. `timeout`; null when the receiver answered 2xx") String failure,
        long durationMillis) {

    static DeliveryAttempt of(OutboxAttempt attempt) {
        return new DeliveryAttempt(attempt.number, attempt.attemptedAt, attempt.status, attempt.failure,
                attempt.durationMs);
    }
}
