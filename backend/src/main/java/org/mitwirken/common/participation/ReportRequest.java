package org.mitwirken.common.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRequest")
public record ReportRequest(@Schema(description = "Why a moderator should look at it") @NotBlank @Size(max = 1000)
        String reason) {
}
