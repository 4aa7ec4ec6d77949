package org.mitwirken.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.persistence.IdChunks;

@ApplicationScoped
class NotificationPreferences implements PanacheRepositoryBase<NotificationPreference, UUID> {

    Optional<NotificationPreference> of(String account) {
        return find("accountSubject", account).firstResultOptional();
    }

    /** The account's preference, made with the defaults if it has none: one statement, safe when two ask at once. */
    NotificationPreference findOrCreate(String account) {
        Instant now = Instant.now();
        getEntityManager().createNativeQuery("insert into notification_preference (id, account_subject, frequency, "
                + "own_contributions, language, version, created_at, updated_at) values (?1, ?2, 'IMMEDIATE', true, "
                + "'de', 0, ?3, ?3) on conflict (account_subject) do nothing").setParameter(1, UUID.randomUUID())
                .setParameter(2, account).setParameter(3, now).executeUpdate();
        return find("accountSubject", account).firstResult();
    }

    /** Those of these accounts that want their news in a digest rather than at once. */
    Set<String> wantingDigest(Collection<String> accounts) {
        Set<String> wanting = new HashSet<>();
        for (List<String> chunk : IdChunks.of(accounts)) {
            wanting.addAll(getEntityManager().createQuery("select p.accountSubject from NotificationPreference p "
                    + "where p.accountSubject in :accounts and p.frequency <> :immediate", String.class)
                    .setParameter("accounts", chunk).setParameter("immediate", NotificationFrequency.IMMEDIATE)
                    .getResultList());
        }
        return wanting;
    }
}
