package org.mitwirken.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.persistence.IdChunks;

@ApplicationScoped
class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    /**
     * The subscription of an address to a scope, made if there is none: one statement, so two requests at once for the
     * same address and scope find the same row.
     */
    Subscription findOrCreate(String email, SubscriptionScope scope, String key, String language, Instant now) {
        getEntityManager().createNativeQuery("insert into subscription (id, email, scope_type, scope_key, language, "
                + "version, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6) "
                + "on conflict (email, scope_type, scope_key) do nothing").setParameter(1, UUID.randomUUID())
                .setParameter(2, email).setParameter(3, scope.name()).setParameter(4, key).setParameter(5, language)
                .setParameter(6, now).executeUpdate();
        return find("email = ?1 and scopeType = ?2 and scopeKey = ?3", email, scope, key).firstResult();
    }

    Optional<Subscription> findByIdForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Confirmation mails sent to an address (over all its scopes) since then: a bound against mail bombing. */
    long confirmationsSentSince(String email, Instant since) {
        return count("email = ?1 and confirmationSentAt >= ?2", email, since);
    }

    /** The confirmed subscriptions to any of these scopes (by type, the keys of each). */
    List<Subscription> confirmedFollowers(Map<SubscriptionScope, List<String>> scopes) {
        List<Subscription> found = new ArrayList<>();
        scopes.forEach((type, keys) -> {
            if (!keys.isEmpty()) {
                found.addAll(list("confirmedAt is not null and scopeType = ?1 and scopeKey in ?2", type, keys));
            }
        });
        return found;
    }

    List<UUID> unconfirmedCreatedBefore(Instant cutoff) {
        return getEntityManager().createQuery("select s.id from Subscription s where s.confirmedAt is null "
                + "and s.createdAt < :cutoff", UUID.class).setParameter("cutoff", cutoff).getResultList();
    }

    /** An account follows a scope; following it again changes nothing. */
    void followByAccount(String account, SubscriptionScope scope, String key, String language, Instant now) {
        getEntityManager().createNativeQuery("insert into subscription (id, account_subject, scope_type, scope_key, "
                + "language, confirmed_at, version, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, 0, ?6, ?6) "
                + "on conflict (account_subject, scope_type, scope_key) where account_subject is not null do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, account).setParameter(3, scope.name())
                .setParameter(4, key).setParameter(5, language).setParameter(6, now).executeUpdate();
    }

    /** What an account follows, in the order it began. */
    List<Subscription> followedBy(String account) {
        return list("accountSubject = ?1 order by createdAt, id", account);
    }

    /** Those of these subscriptions that still exist and are confirmed. */
    List<Subscription> stillConfirmed(List<UUID> ids) {
        List<Subscription> found = new ArrayList<>();
        for (List<UUID> chunk : IdChunks.of(ids)) {
            found.addAll(list("id in ?1 and confirmedAt is not null", chunk));
        }
        return found;
    }
}
