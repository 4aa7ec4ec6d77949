package org.mitwirken.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionLogEntry", description = "A moderation decision with the comment it concerns",
        requiredProperties = { "decision", "comment" })
public record DecisionLogEntry(DecisionResponse decision, CommentResponse comment) {
}
