package org.mitwirken.comment;

import static org.mitwirken.support.TestData.account;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import org.mitwirken.common.Actor;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;

/** Builds comments through the service, as a citizen with an account writes them; moderators and authors act on them. */
public final class CommentBuilder {
    private static final Actor AUTHOR = account("comment-builder-author");
    private final CommentTargetType targetType;
    private final UUID targetId;
    private String text = "Ein Kommentar";
    private UUID parent;

    private CommentBuilder(CommentTargetType targetType, UUID targetId) {
        this.targetType = targetType;
        this.targetId = targetId;
    }

    public static CommentBuilder aCommentOn(CommentTargetType targetType, UUID targetId) {
        return new CommentBuilder(targetType, targetId);
    }

    public CommentBuilder saying(String text) {
        this.text = text;
        return this;
    }

    public CommentBuilder replyingTo(UUID parent) {
        this.parent = parent;
        return this;
    }

    /** The new comment's id; it is published at once unless the item pre-moderates comments. */
    public UUID create() {
        return service().create(new CommentRequest(targetType, targetId, parent, text, null), AUTHOR).comment().id();
    }

    public static void decide(UUID comment, ModerationAction decision) {
        service().decide(comment, new DecisionRequest(decision, decision.needsReason() ? "Verstößt gegen Regeln" : null),
                account("comment-builder-moderator"));
    }

    /** The author withdraws it: deleted, or emptied where replies hang on it. */
    public static void withdraw(UUID comment) {
        service().withdraw(comment, AUTHOR.subject(), null);
    }

    private static CommentService service() {
        return CDI.current().select(CommentService.class).get();
    }
}
