package org.mitwirken.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
}
