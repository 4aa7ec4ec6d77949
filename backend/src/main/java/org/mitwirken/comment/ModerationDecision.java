package org.mitwirken.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mitwirken.common.participation.ModerationAction;

@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "comment_id", nullable = false)
    public UUID commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationAction decision;

    public String reason;

    @Column(nullable = false)
    public String moderator;

    @Column(name = "moderator_subject")
    public String moderatorSubject;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
