package org.mitwirken.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.ModerationAction;

@Schema(name = "ModerationDecision", requiredProperties = { "decision", "moderator", "decidedAt" })
public record DecisionResponse(ModerationAction decision, @Schema(nullable = true) String reason,
        String moderator, Instant decidedAt) {

    static DecisionResponse of(ModerationDecision decision) {
        return new DecisionResponse(decision.decision, decision.reason, decision.moderator, decision.decidedAt);
    }
}
