package org.mitwirken.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "Participant", description = "Participants by role and number; no private names",
        requiredProperties = { "role", "headCount" })
public record ParticipantDto(
        @Schema(description = "e.g. Geschäftsführung, Referatsleitung") @NotBlank @Size(max = 200) @PrintableText
        String role,
        @NotNull @Min(1) @Max(100) Integer headCount) {
}
