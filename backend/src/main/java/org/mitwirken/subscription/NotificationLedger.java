package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What scheduled news was already told: claiming a reminder inserts its row in the transaction that writes its mails,
 * so of several instances (or a run repeated after a restart) exactly one tells it. A second claim waits for the
 * first's transaction and then finds the row.
 */
@ApplicationScoped
class NotificationLedger {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** True once for each kind, subject and occasion: the caller then sends, in this transaction. */
    @Transactional(TxType.MANDATORY)
    boolean claim(String kind, String subjectKey, LocalDate occasion) {
        return entityManager.createNativeQuery("insert into notification_sent (kind, subject_key, occasion_date, "
                + "sent_at) values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, kind)
                .setParameter(2, subjectKey).setParameter(3, occasion).setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
