package org.mitwirken.subscription;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.util.UUID;

@ApplicationScoped
class NewsletterRepository implements PanacheRepositoryBase<Newsletter, UUID> {

    /**
     * Records a newsletter unless the same one (by its content's hash) was sent for the process before; false then.
     * A second request at the same moment waits for the first's transaction and then finds its row.
     */
    boolean recordOnce(Newsletter newsletter, String contentSha256) {
        return getEntityManager().createNativeQuery("insert into newsletter (id, process_id, subject, body, "
                + "content_sha256, sent_by, sent_by_subject, sent_at, recipient_count) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                + "on conflict (process_id, content_sha256) do nothing")
                .setParameter(1, newsletter.id).setParameter(2, newsletter.processId)
                .setParameter(3, newsletter.subject).setParameter(4, newsletter.body).setParameter(5, contentSha256)
                .setParameter(6, newsletter.sentBy).setParameter(7, newsletter.sentBySubject)
                .setParameter(8, Timestamp.from(newsletter.sentAt)).setParameter(9, newsletter.recipientCount)
                .executeUpdate() == 1;
    }
}
