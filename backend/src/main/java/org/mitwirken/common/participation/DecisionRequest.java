package org.mitwirken.common.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.problem.ValidationProblem;

@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull ModerationAction decision,
        @Schema(description = "Required to hide or reject; shown to the author") @Size(max = 1000) String reason) {

    /** The reason to store: required for HIDE and REJECT, dropped for APPROVE. */
    public String checkedReason() {
        if (!decision.needsReason()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationProblem.of("reason", ParticipationCode.REASON_REQUIRED);
        }
        return reason;
    }
}
