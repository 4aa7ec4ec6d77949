package org.mitwirken.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mitwirken.common.persistence.VersionedEntity;

/** An e-mail address following one scope; it receives nothing until {@link #confirmedAt} is set. */
@Entity
@Table(name = "subscription")
public class Subscription extends VersionedEntity {
    @Column(nullable = false)
    public String email;

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
}
