package org.mitwirken.common.synthesis;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Input", description = "One published piece of input, whatever its kind",
        requiredProperties = { "kind", "ref", "text", "createdOn" })
public record Input(InputKind kind,
        @Schema(description = "Identifies the input within its kind") String ref,
        @Schema(nullable = true) String title, String text,
        @Schema(nullable = true, description = "Slug of the format it came from") String format,
        @Schema(nullable = true, description = "Slug of the district it concerns") String district,
        LocalDate createdOn) {
}
