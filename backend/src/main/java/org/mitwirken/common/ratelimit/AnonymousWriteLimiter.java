package org.mitwirken.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * Limits anonymous writes per client within a time window. The client address is never stored: only a hash of it
 * keyed with a secret and the window, so the same client maps to an unrelated value in the next window. Counters
 * live in PostgreSQL, so every backend instance sharing the database counts together.
 */
@ApplicationScoped
public class AnonymousWriteLimiter {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "mitwirken.rate-limit.secret")
    String secret;

    @ConfigProperty(name = "mitwirken.rate-limit.anonymous-writes")
    int allowed;

    @ConfigProperty(name = "mitwirken.rate-limit.window")
    Duration window;

    Clock clock = Clock.systemUTC();

    /** Counts one write by this client, or refuses it with 429 and the seconds until the window ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void countWrite(String clientAddress) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        String key = Hashes.sha256Hex(secret + "|" + windowStart + "|" + clientAddress);
        entityManager.createNativeQuery("delete from rate_limit_bucket where window_start < ?1")
                .setParameter(1, windowStart.minus(window)).executeUpdate();
        Number hits = (Number) entityManager.createNativeQuery("insert into rate_limit_bucket (key_hash, window_start, "
                + "hits) values (?1, ?2, 1) on conflict (key_hash, window_start) do update "
                + "set hits = rate_limit_bucket.hits + 1 returning hits")
                .setParameter(1, key).setParameter(2, windowStart).getSingleResult();
        if (hits.intValue() > allowed) {
            long retryAfter = Math.max(1, Duration.between(now, windowStart.plus(window)).toSeconds());
            throw new RateLimited(retryAfter);
        }
    }

    /** Too many anonymous writes from one client; carries the Retry-After seconds. */
    public static class RateLimited extends ProblemException {
        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super(ProblemType.TOO_MANY_REQUESTS, "Too many contributions without login from this connection; "
                    + "try again in " + retryAfterSeconds + " seconds or log in.");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
