package org.mitwirken.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.outbox.OutboxChannel.Message;
import org.mitwirken.outbox.OutboxChannel.Result;

/**
 * Delivers due outbox messages. Any number of instances may drain at once: each claims one message at a time with FOR
 * UPDATE SKIP LOCKED and moves its next attempt past the lease in the same statement, so no two instances hold the
 * same message and no connection stays open while a receiver answers. The lease outlasts the longest delivery; a
 * message whose instance died falls due again when it ends, so receivers may see a message twice and recognise it by
 * its id. An outcome is recorded only if the message is still at the attempt this instance claimed.
 */
@ApplicationScoped
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final String CLAIM = "update outbox_message set attempts = attempts + 1, next_attempt_at = ? "
            + "where id in (select id from outbox_message where delivered_at is null and abandoned_at is null "
            + "and next_attempt_at <= ? order by next_attempt_at, id limit 1 for update skip locked) "
            + "returning id, channel, destination, payload, attempts, retries_from, created_at";
    private static final String ATTEMPT = "insert into outbox_attempt (id, message_id, number, attempted_at, status, "
            + "failure, duration_ms) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String STILL_CLAIMED = " where id = ? and attempts = ? and delivered_at is null";
    private static final String DELIVERED = "update outbox_message set delivered_at = ?" + STILL_CLAIMED;
    private static final String RETRY = "update outbox_message set next_attempt_at = ?" + STILL_CLAIMED;
    private static final String ABANDONED = "update outbox_message set abandoned_at = ?" + STILL_CLAIMED;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<OutboxChannel> channels;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "mitwirken.outbox.retry-delays")
    List<Duration> retryDelays;

    @ConfigProperty(name = "mitwirken.outbox.lease")
    Duration lease;

    @ConfigProperty(name = "mitwirken.outbox.keep")
    Duration keep;

    /** Attempts per run, so that one run ends and the next scheduled one starts with what fell due meanwhile. */
    @ConfigProperty(name = "mitwirken.outbox.attempts-per-run")
    int attemptsPerRun;

    @Scheduled(every = "${mitwirken.outbox.drain-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainOnSchedule() {
        drain();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetSettled() {
        outbox.forgetSettledBefore(clock.instant().minus(keep));
    }

    /** Delivers what is due now, a bounded number per run; returns how many attempts were made. */
    public int drain() {
        int attempts = 0;
        for (Optional<Message> claimed = claim(); claimed.isPresent(); claimed = claim()) {
            attempt(claimed.get());
            if (++attempts == attemptsPerRun) {
                break;
            }
        }
        return attempts;
    }

    private Optional<Message> claim() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setTimestamp(1, Timestamp.from(now.plus(lease)));
            claim.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = claim.executeQuery()) {
                return row.next() ? Optional.of(new Message(row.getObject(1, UUID.class), row.getObject(3, UUID.class),
                        row.getString(4), row.getInt(5), row.getInt(5) - row.getInt(6),
                        row.getTimestamp(7).toInstant(), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            LOG.warnf("Could not claim an outbox message: %s", e.getMessage());
            return Optional.empty();
        }
    }

    private void attempt(Message message) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        Result result = channel(message.channel()).map(channel -> deliverSafely(channel, message))
                .orElseGet(() -> Result.refused("no channel '" + message.channel() + "'"));
        int millis = (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        record(message, started, millis, result);
    }

    private static Result deliverSafely(OutboxChannel channel, Message message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox channel %s failed on message %s", channel.name(), message.id());
            return Result.failed(null, "internal error");
        }
    }

    private Optional<OutboxChannel> channel(String name) {
        return channels.stream().filter(channel -> channel.name().equals(name)).findFirst();
    }

    private void record(Message message, Instant attemptedAt, int millis, Result result) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement attempt = connection.prepareStatement(ATTEMPT);
                    PreparedStatement outcome = connection.prepareStatement(outcomeStatement(message, result))) {
                attempt.setObject(1, UUID.randomUUID());
                attempt.setObject(2, message.id());
                attempt.setInt(3, message.attempt());
                attempt.setTimestamp(4, Timestamp.from(attemptedAt));
                attempt.setObject(5, result.status());
                attempt.setString(6, result.failure());
                attempt.setInt(7, millis);
                attempt.executeUpdate();
                outcome.setTimestamp(1, Timestamp.from(outcomeTime(message, result, now)));
                outcome.setObject(2, message.id());
                outcome.setInt(3, message.attempt());
                outcome.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // The lease still holds the message; it falls due again when the lease ends.
            LOG.warnf("Could not record the attempt on outbox message %s: %s", message.id(), e.getMessage());
        }
    }

    private String outcomeStatement(Message message, Result result) {
        return switch (result.outcome()) {
            case DELIVERED -> DELIVERED;
            case REFUSED -> ABANDONED;
            case FAILED -> message.retry() > retryDelays.size() ? ABANDONED : RETRY;
        };
    }

    private Instant outcomeTime(Message message, Result result, Instant now) {
        boolean retry = result.outcome() == Result.Outcome.FAILED && message.retry() <= retryDelays.size();
        return retry ? now.plus(retryDelays.get(message.retry() - 1)) : now;
    }
}
