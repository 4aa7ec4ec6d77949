package org.mitwirken.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.problem.ProblemException;

/**
 * Messages to send once the current transaction commits: written with it, so a change and its announcement commit
 * or roll back together; {@link OutboxSender} delivers them afterwards, retrying with backoff.
 */
@ApplicationScoped
public class Outbox {
    private static final int ATTEMPTS_SHOWN = 5;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public void enqueue(String channel, UUID destination, String label, String payload) {
        OutboxMessage message = new OutboxMessage();
        message.channel = channel;
        message.destination = destination;
        message.label = label;
        message.payload = payload;
        message.createdAt = clock.instant();
        message.nextAttemptAt = message.createdAt;
        entityManager.persist(message);
    }

    /** The messages to one destination, newest first, each with its last attempts. */
    public DeliveryPage deliveries(UUID destination, PageRequest paging) {
        List<OutboxMessage> messages = entityManager.createQuery("from OutboxMessage where destination = :destination "
                + "order by createdAt desc, id desc", OutboxMessage.class).setParameter("destination", destination)
                .setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size()).getResultList();
        long total = entityManager.createQuery("select count(*) from OutboxMessage where destination = :destination",
                Long.class).setParameter("destination", destination).getSingleResult();
        Map<UUID, List<DeliveryAttempt>> attempts = lastAttempts(messages.stream().map(m -> m.id).toList());
        List<Delivery> items = messages.stream()
                .map(message -> Delivery.of(message, attempts.getOrDefault(message.id, List.of()))).toList();
        return new DeliveryPage(items, paging.page(), paging.size(), total);
    }

    /**
     * Sends an abandoned or waiting message again now, with a fresh series of retries. One statement, so it cannot
     * undo what a sender records meanwhile; a message a sender holds right now or that was delivered is refused.
     */
    @Transactional
    public Delivery redeliver(UUID destination, UUID messageId) {
        Instant now = clock.instant();
        int changed = entityManager.createNativeQuery("update outbox_message set abandoned_at = null, "
                + "retries_from = attempts, next_attempt_at = ?1 where id = ?2 and destination = ?3 "
                + "and delivered_at is null and (attempts = 0 or exists (select 1 from outbox_attempt a "
                + "where a.message_id = outbox_message.id and a.number = outbox_message.attempts))")
                .setParameter(1, now).setParameter(2, messageId).setParameter(3, destination).executeUpdate();
        OutboxMessage message = entityManager.find(OutboxMessage.class, messageId);
        if (message == null || !message.destination.equals(destination)) {
            throw ProblemException.notFound(messageId.toString());
        }
        if (changed == 0) {
            throw ProblemException.conflict(OutboxCode.DELIVERY_UNDER_WAY, Map.of("delivery", messageId));
        }
        entityManager.refresh(message);
        return Delivery.of(message, lastAttempts(List.of(messageId)).getOrDefault(messageId, List.of()));
    }

    /**
     * Settles a claimed message inside the caller's transaction, for channels whose delivery is itself a write to this
     * database (e.g. fanning one message out into many): the write and the settling commit together, so a message
     * whose instance died half-way is done again in full, and one that was done is not done twice. False when the
     * message is no longer at this attempt or was settled already: then the caller must not write.
     */
    @Transactional(TxType.MANDATORY)
    public boolean settleWithin(UUID messageId, int attempt) {
        return entityManager.createNativeQuery("update outbox_message set delivered_at = ?1 where id = ?2 "
                + "and attempts = ?3 and delivered_at is null").setParameter(1, clock.instant())
                .setParameter(2, messageId).setParameter(3, attempt).executeUpdate() == 1;
    }

    /** Forgets everything sent to a destination that no longer exists. */
    @Transactional(TxType.MANDATORY)
    public void forget(UUID destination) {
        entityManager.createQuery("delete from OutboxMessage where destination = :destination")
                .setParameter("destination", destination).executeUpdate();
    }

    /** Keeps what was delivered or given up on for {@code keep}, so the table does not grow without end. */
    @Transactional
    public int forgetSettledBefore(Instant cutoff) {
        // Attempts go with their message (on delete cascade).
        return entityManager.createNativeQuery("delete from outbox_message where delivered_at < ?1 "
                + "or abandoned_at < ?1").setParameter(1, cutoff).executeUpdate();
    }

    private Map<UUID, List<DeliveryAttempt>> lastAttempts(List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from OutboxAttempt where messageId in :ids order by number desc",
                OutboxAttempt.class).setParameter("ids", messageIds).getResultStream()
                .collect(Collectors.groupingBy(attempt -> attempt.messageId, Collectors.collectingAndThen(
                        Collectors.toList(), list -> list.stream().limit(ATTEMPTS_SHOWN)
                                .map(DeliveryAttempt::of).toList())));
    }
}
