package org.mitwirken.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mitwirken.mail.MailOutbox;

/**
 * News held for accounts that want a digest, and the digests themselves: daily at 7:00 and on Mondays at 7:00 (city
 * time), one mail per account with everything collected since. The items leave the table in the transaction that
 * writes the mail ({@code delete … returning}), so with several instances each item is sent exactly once.
 */
@ApplicationScoped
class Digests {

    @Inject
    EntityManager entityManager;

    @Inject
    NotificationPreferences preferences;

    @Inject
    SubscriptionMails mails;

    @Inject
    MailOutbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    void hold(String account, UUID subscription, SubscriptionMails.News news) {
        DigestItem item = new DigestItem();
        item.accountSubject = account;
        item.subscriptionId = subscription;
        item.createdAt = clock.instant();
        try {
            item.news = json.writeValueAsString(news);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("News of plain strings is always JSON", e);
        }
        entityManager.persist(item);
    }

    @Scheduled(cron = "0 0 7 * * ?", timeZone = "Europe/Berlin",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        send(NotificationFrequency.DAILY);
    }

    @Scheduled(cron = "0 0 7 ? * MON", timeZone = "Europe/Berlin",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        send(NotificationFrequency.WEEKLY);
    }

    /**
     * Sends the digests of every account that wants them this often; the daily run also sends what waits for accounts
     * that changed to hearing at once meanwhile. Returns how many digests were written.
     */
    int send(NotificationFrequency frequency) {
        List<String> accounts = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select distinct i.accountSubject from DigestItem i, NotificationPreference p "
                        + "where p.accountSubject = i.accountSubject and p.frequency in :frequencies", String.class)
                .setParameter("frequencies", frequency == NotificationFrequency.WEEKLY
                        ? List.of(NotificationFrequency.WEEKLY)
                        : List.of(NotificationFrequency.DAILY, NotificationFrequency.IMMEDIATE))
                .getResultList());
        int sent = 0;
        for (String account : accounts) {
            if (QuarkusTransaction.requiringNew().call(() -> sendOne(account))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(String account) {
        List<String> taken = entityManager.createNativeQuery("with taken as (delete from digest_item "
                + "where account_subject = ?1 returning news, created_at, id) select news from taken "
                + "order by created_at, id", String.class).setParameter(1, account).getResultList();
        if (taken.isEmpty()) {
            return false;
        }
        List<SubscriptionMails.News> items = taken.stream().map(this::read).toList();
        NotificationPreference preference = preferences.findOrCreate(account);
        outbox.send(preference.id, "digest", mails.digest(preference, items));
        return true;
    }

    /** Forgets what waits for an account (its erasure). */
    @Transactional(TxType.MANDATORY)
    void forget(String account) {
        entityManager.createQuery("delete from DigestItem where accountSubject = :account")
                .setParameter("account", account).executeUpdate();
    }

    /** The news waiting for the account's next digest, oldest first. */
    List<SubscriptionMails.News> waiting(String account) {
        return entityManager.createQuery("select i.news from DigestItem i where i.accountSubject = :account "
                + "order by i.createdAt, i.id", String.class).setParameter("account", account).getResultStream()
                .map(this::read).toList();
    }

    private SubscriptionMails.News read(String news) {
        try {
            return json.readValue(news, SubscriptionMails.News.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A digest item is not news", e);
        }
    }
}
