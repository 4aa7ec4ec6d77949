package org.mitwirken.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.persistence.VersionedEntity;

@Entity
@Table(name = "comment")
public class Comment extends VersionedEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    public CommentTargetType targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public int depth;

    @Column(nullable = false)
    public String text;

    /** The account that wrote it; null for anonymous comments, which keep only a pseudonym. */
    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public boolean anonymous;

    /** SHA-256 of the secret an anonymous author holds to withdraw the comment; the secret itself is never stored. */
    @Column(name = "deletion_token_hash")
    public String deletionTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationState state;

    @Column(name = "moderation_reason")
    public String moderationReason;

    @Column(nullable = false)
    public boolean withdrawn;
}
