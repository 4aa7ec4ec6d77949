package org.mitwirken.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A piece of news waiting for its account's next digest; {@link #news} is the {@link SubscriptionMails.News} as JSON. */
@Entity
@Table(name = "digest_item")
public class DigestItem {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    /** The follow it came for; null for news about the account's own contributions. */
    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(nullable = false)
    public String news;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
