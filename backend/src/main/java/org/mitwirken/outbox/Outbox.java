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

    /** Sends an abandoned or failing message again now, with a fresh set of retries. */
    @Transactional
    public Delivery redeliver(UUID destination, UUID messageId) {
        OutboxMessage message = entityManager.find(OutboxMessage.class, messageId);
        if (message == null || !message.destination.equals(destination)) {
            throw ProblemException.notFound("Delivery", messageId.toString());
        }
        if (message.deliveredAt != null) {
            throw ProblemException.conflict("Delivery '" + messageId + "' has already been delivered");
        }
        message.abandonedAt = null;
        message.attempts = 0;
        message.nextAttemptAt = clock.instant();
        return Delivery.of(message, lastAttempts(List.of(messageId)).getOrDefault(messageId, List.of()));
    }

    /** Forgets everything sent to a destination that no longer exists. */
    @Transactional(TxType.MANDATORY)
    public void forget(UUID destination) {
        entityManager.createQuery("delete from OutboxAttempt where messageId in "
                + "(select id from OutboxMessage where destination = :destination)")
                .setParameter("destination", destination).executeUpdate();
        entityManager.createQuery("delete from OutboxMessage where destination = :destination")
                .setParameter("destination", destination).executeUpdate();
    }

    /** Keeps what was delivered or given up on for {@code keep}, so the table does not grow without end. */
    @Transactional
    public int forgetSettledBefore(Instant cutoff) {
        entityManager.createQuery("delete from OutboxAttempt where messageId in (select id from OutboxMessage "
                + "where coalesce(deliveredAt, abandonedAt) < :cutoff)").setParameter("cutoff", cutoff).executeUpdate();
        return entityManager.createQuery("delete from OutboxMessage where coalesce(deliveredAt, abandonedAt) < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
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
