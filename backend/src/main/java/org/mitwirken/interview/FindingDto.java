package org.mitwirken.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Finding", requiredProperties = { "type", "text" })
public record FindingDto(@NotNull FindingType type, @NotBlank @Size(max = 5000) String text) {
}
