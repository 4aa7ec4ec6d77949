package org.mitwirken.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mitwirken.common.persistence.VersionedEntity;
import org.mitwirken.mail.MailAddressBook;

/**
 * An e-mail address or an account following one scope. An address receives nothing until {@link #confirmedAt} is set;
 * an account's follow is confirmed at once (Keycloak verified its address), and its mails go to the account.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends VersionedEntity {
    /** The address of a follow without account; null for an account's. */
    public String email;

    /** The subject of the account that follows; null for a follow by address. */
    @Column(name = "account_subject")
    public String accountSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    public SubscriptionScope scopeType;

    @Column(name = "scope_key", nullable = false)
    public String scopeKey;

    /** The language of its mails, as chosen when subscribing: de or en. */
    @Column(nullable = false)
    public String language;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmation_sent_at")
    public Instant confirmationSentAt;

    /** Whom its mails go to: the address, or the account ({@link MailAddressBook}). */
    public String recipient() {
        return accountSubject != null ? MailAddressBook.recipient(accountSubject) : email;
    }
}
