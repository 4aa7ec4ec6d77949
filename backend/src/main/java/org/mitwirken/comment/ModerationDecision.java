package org.mitwirken.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "moderation_decision")
public class ModerationDecision {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "comment_id", nullable = false)
    public UUID commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    public String reason;

    @Column(nullable = false)
    public String moderator;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** What a moderator may do with a comment. */
    public enum Decision {
        APPROVE(CommentState.PUBLISHED),
        HIDE(CommentState.HIDDEN),
        REJECT(CommentState.REJECTED);

        final CommentState resultingState;

        Decision(CommentState resultingState) {
            this.resultingState = resultingState;
        }
    }
}
