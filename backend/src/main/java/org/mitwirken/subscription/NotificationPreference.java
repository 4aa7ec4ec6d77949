package org.mitwirken.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mitwirken.common.persistence.VersionedEntity;

/** How an account wants to hear; an account without one hears at once, in German, also about its own contributions. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends VersionedEntity {
    @Column(name = "account_subject", nullable = false)
    public String accountSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationFrequency frequency = NotificationFrequency.IMMEDIATE;

    @Column(name = "own_contributions", nullable = false)
    public boolean ownContributions = true;

    @Column(nullable = false)
    public String language = "de";
}
