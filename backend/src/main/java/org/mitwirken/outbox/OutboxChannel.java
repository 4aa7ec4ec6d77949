package org.mitwirken.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A way out of the outbox (webhooks, later e-mail): a CDI bean the sender finds by {@link #name()}. It is called
 * outside any transaction, may block up to its own timeout and must not throw for a failed delivery.
 */
public interface OutboxChannel {

    String name();

    Result deliver(Message message);

    /**
     * A claimed message; {@code attempt} counts from 1 over its life, {@code retry} from 1 since staff last asked for
     * a retry; the id stays the same throughout.
     */
    record Message(UUID id, UUID destination, String payload, int attempt, int retry, Instant createdAt,
            String channel) {
    }

    /**
     * How one attempt ended: delivered, failed (tried again later) or refused for good (a destination that no longer
     * exists or is not allowed); {@code status} is the receiver's answer, null when there was none.
     */
    record Result(Outcome outcome, Integer status, String failure) {
        public enum Outcome {
            DELIVERED, FAILED, REFUSED
        }

        public static Result delivered(int status) {
            return new Result(Outcome.DELIVERED, status, null);
        }

        public static Result failed(Integer status, String failure) {
            return new Result(Outcome.FAILED, status, failure);
        }

        public static Result refused(String failure) {
            return new Result(Outcome.REFUSED, null, failure);
        }
    }
}
