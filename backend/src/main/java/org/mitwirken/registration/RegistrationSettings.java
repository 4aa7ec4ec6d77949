package org.mitwirken.registration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.validation.PrintableText;

/** How staff set up registration for a format: opening it, changing it, closing it. */
@Schema(name = "RegistrationSettings",
        requiredProperties = { "capacity", "waitingList", "deadline", "questions", "open" })
public record RegistrationSettings(
        @Schema(description = "Seats") @NotNull @Min(1) @Max(100000) Integer capacity,
        @Schema(description = "How many may wait for a seat; 0 for no waiting list")
        @NotNull @Min(0) @Max(100000) Integer waitingList,
        @Schema(description = "Last day registrations are taken (Europe/Berlin)") @NotNull LocalDate deadline,
        @Schema(description = "Optional questions to registrants, e.g. about accessibility needs")
        @NotNull @Size(max = MAX_QUESTIONS) List<@NotBlank @Size(max = 300) @PrintableText String> questions,
        @Schema(description = "false closes registration before the deadline") @NotNull Boolean open) {

    static final int MAX_QUESTIONS = 5;
}
