package org.mitwirken.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.persistence.VersionedEntity;

@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {
    @Column(name = "app_client", nullable = false)
    public String appClient;

    @Column(nullable = false)
    public String url;

    /** Event types separated by commas; empty: every type. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false)
    public boolean active;

    /** A stored type this version no longer knows (renamed or retired) is left out rather than failing. */
    List<ChangeType> events() {
        return eventTypes.isEmpty() ? List.of() : Arrays.stream(eventTypes.split(","))
                .flatMap(name -> Arrays.stream(ChangeType.values()).filter(type -> type.eventType().equals(name)))
                .toList();
    }

    void events(List<ChangeType> events) {
        eventTypes = String.join(",", events.stream().distinct().map(ChangeType::eventType).toList());
    }

    boolean wants(ChangeType type) {
        return eventTypes.isEmpty() || events().contains(type);
    }
}
