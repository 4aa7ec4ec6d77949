package org.mitwirken.comment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @NotNull ModerationDecision.Decision decision,
        @Schema(description = "Required to hide or reject; shown to the author") @Size(max = 1000) String reason) {
}
