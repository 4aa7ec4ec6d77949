package org.mitwirken.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "outbox_attempt")
public class OutboxAttempt {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Column(nullable = false)
    public int number;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    public Integer status;

    public String failure;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
