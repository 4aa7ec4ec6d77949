package org.mitwirken.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public UUID destination;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "retries_from", nullable = false)
    public int retriesFrom;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "abandoned_at")
    public Instant abandonedAt;
}
