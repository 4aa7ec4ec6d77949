package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.common.privacy.StaffRecords;

/** Who sent a newsletter is staff work: exported with the account, and on erasure the newsletter keeps no name. */
@ApplicationScoped
public class NewsletterPersonalData extends StaffRecords {
    NewsletterPersonalData() {
        super("newsletters", new NamedIn("newsletter", "sent_by", "sent_at"));
    }
}
