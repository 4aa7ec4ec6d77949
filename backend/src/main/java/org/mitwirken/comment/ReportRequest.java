package org.mitwirken.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRequest")
public record ReportRequest(@Schema(description = "Why the comment should be looked at") @NotBlank @Size(max = 1000)
        String reason) {
}
