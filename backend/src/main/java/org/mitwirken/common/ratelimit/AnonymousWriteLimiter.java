package org.mitwirken.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;

/**
 * Limits anonymous writes per client within a time window. The client address is never stored: only a hash of it
 * keyed with a secret and the window, so the same client maps to an unrelated value in the next window.
 *
 * <p>Every instance counts in memory and adds its counts to shared counters in PostgreSQL every
 * {@code mitwirken.rate-limit.sync-every}, reading back what all instances counted. A write therefore never waits for
 * a database round trip or a lock on the one counter row of a busy client. Within one instance the limit is exact;
 * across instances a client may exceed it by what the other instances counted since their last sync.
 */
@ApplicationScoped
public class AnonymousWriteLimiter {
    private static final Logger LOG = Logger.getLogger(AnonymousWriteLimiter.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "mitwirken.rate-limit.secret")
    String secret;

    @ConfigProperty(name = "mitwirken.rate-limit.anonymous-writes")
    int allowed;

    @ConfigProperty(name = "mitwirken.rate-limit.window")
    Duration window;

    Clock clock = Clock.systemUTC();

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** Ended windows are deleted once per new window, not at every sync. */
    private Instant purgedBefore = Instant.EPOCH;

    /** Counts one write by this client, or refuses it with 429 and the seconds until the window ends. */
    public void countWrite(String clientAddress) {
        countWrite(clientAddress, null, allowed);
    }

    /**
     * Counts one write by this client in a lane of its own with its own allowance per window, for writes that carry a
     * proof which makes many from one address plausible (e.g. a crowd behind one network address).
     */
    public void countWrite(String clientAddress, String lane, int allowedInLane) {
        count(clientAddress, lane, allowedInLane, this::refusedWrite);
    }

    /**
     * Counts one request by a client in a lane with its own allowance per window; what is left afterwards, or the
     * refusal {@code refused} makes of the seconds until the window ends.
     */
    public Allowance count(String client, String lane, int allowedInLane, LongFunction<RateLimited> refused) {
        Instant now = clock.instant();
        Instant windowStart = windowStart(now);
        String key = Hashes.sha256Hex(secret + "|" + windowStart + "|" + (lane == null ? "" : lane + "|") + client);
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            // A client new to this instance may have spent its budget on another one already.
            int stored = storedHits(key);
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(windowStart, stored));
        }
        long secondsLeft = Math.max(1, Duration.between(now, windowStart.plus(window)).toSeconds());
        int remaining = bucket.tryCount(allowedInLane);
        if (remaining < 0) {
            throw refused.apply(secondsLeft);
        }
        return new Allowance(allowedInLane, remaining, secondsLeft, window.toSeconds());
    }

    public long windowSeconds() {
        return window.toSeconds();
    }

    private RateLimited refusedWrite(long secondsLeft) {
        return new RateLimited(secondsLeft);
    }

    /** A lane's allowance per window, what is left of it and the seconds until the window ends. */
    public record Allowance(int limit, int remaining, long resetSeconds, long windowSeconds) {
    }

    /** Stores what this instance counted, reads back the totals of all instances and forgets ended windows. */
    @Scheduled(every = "${mitwirken.rate-limit.sync-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sync() {
        Instant current = windowStart(clock.instant());
        buckets.values().removeIf(bucket -> bucket.windowStart.isBefore(current));
        if (buckets.isEmpty()) {
            return;
        }
        Map<String, Bucket> known = Map.copyOf(buckets);
        Map<String, Integer> unsynced = new HashMap<>();
        known.forEach((key, bucket) -> {
            int hits = bucket.takeUnsynced();
            if (hits > 0) {
                unsynced.put(key, hits);
            }
        });
        try (Connection connection = dataSource.getConnection()) {
            store(connection, unsynced, current);
            unsynced.clear();
            readTotals(connection, known);
            if (current.isAfter(purgedBefore)) {
                try (PreparedStatement purge = connection.prepareStatement(
                        "delete from rate_limit_bucket where window_start < ?")) {
                    purge.setTimestamp(1, Timestamp.from(current.minus(window)));
                    purge.executeUpdate();
                }
                purgedBefore = current;
            }
        } catch (SQLException e) {
            LOG.debugf("Rate limit counters not synced, retrying at the next sync: %s", e.getMessage());
        } finally {
            unsynced.forEach((key, hits) -> known.get(key).giveBack(hits));
        }
    }

    private void store(Connection connection, Map<String, Integer> unsynced, Instant windowStart)
            throws SQLException {
        if (unsynced.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("insert into rate_limit_bucket (key_hash, "
                + "window_start, hits) select key, ?, hits from unnest(?::text[], ?::int[]) as counted(key, hits) "
                + "on conflict (key_hash, window_start) do update set hits = rate_limit_bucket.hits + excluded.hits")) {
            upsert.setTimestamp(1, Timestamp.from(windowStart));
            upsert.setArray(2, connection.createArrayOf("text", unsynced.keySet().toArray()));
            upsert.setArray(3, connection.createArrayOf("integer", unsynced.values().toArray()));
            upsert.executeUpdate();
        }
    }

    private static void readTotals(Connection connection, Map<String, Bucket> known) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select key_hash, hits from rate_limit_bucket where key_hash = any(?::text[])")) {
            select.setArray(1, connection.createArrayOf("text", known.keySet().toArray()));
            try (ResultSet totals = select.executeQuery()) {
                while (totals.next()) {
                    known.get(totals.getString(1)).stored(totals.getInt(2));
                }
            }
        }
    }

    private int storedHits(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select hits from rate_limit_bucket where key_hash = ?")) {
            select.setString(1, key);
            try (ResultSet hits = select.executeQuery()) {
                return hits.next() ? hits.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit counter unreadable", e);
        }
    }

    private Instant windowStart(Instant now) {
        long windowMillis = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
    }

    /** One client's hits in one window: those all instances stored, as last read, and those counted here since. */
    private static final class Bucket {
        final Instant windowStart;
        private int stored;
        private int unsynced;

        Bucket(Instant windowStart, int stored) {
            this.windowStart = windowStart;
            this.stored = stored;
        }

        /** Counts one hit if the allowance has room; what is left afterwards, or -1 when it had none. */
        synchronized int tryCount(int allowed) {
            if (stored + unsynced >= allowed) {
                return -1;
            }
            unsynced++;
            return allowed - stored - unsynced;
        }

        synchronized int takeUnsynced() {
            int hits = unsynced;
            unsynced = 0;
            stored += hits;
            return hits;
        }

        synchronized void giveBack(int hits) {
            stored -= hits;
            unsynced += hits;
        }

        synchronized void stored(int hits) {
            stored = hits;
        }
    }

    /** Too many anonymous writes from one client; carries the Retry-After seconds. */
    public static class RateLimited extends ProblemException {
        private final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            this(retryAfterSeconds, GeneralCode.TOO_MANY_WRITES, Map.of("retryAfter", retryAfterSeconds));
        }

        public RateLimited(long retryAfterSeconds, ProblemCode code, Map<String, ?> arguments) {
            super(ProblemType.TOO_MANY_REQUESTS, code, arguments);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
