package org.mitwirken.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "QuestionRequest", description = "One question; which settings apply depends on its type")
public record QuestionRequest(
        @Schema(description = "Derived from the title when omitted") @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}")
        String slug,
        @NotNull QuestionType type,
        @NotBlank @Size(max = 500) @PrintableText String title,
        @Size(max = 2000) String helpText,
        @NotNull Boolean required,
        @Schema(description = "Choices, ranking items or location categories (2 to 30); not for SCALE and FREE_TEXT")
        @Size(max = 30) List<@Valid @NotNull ChoiceOption> options,
        @Schema(description = "SCALE only") @Valid Scale scale,
        @Schema(description = "FREE_TEXT only: longest answer in characters (default 2000)") @Min(1) @Max(5000)
        Integer maxLength) {

    @Schema(name = "Scale", description = "A scale from min to max with labelled ends",
            requiredProperties = { "min", "max", "minLabel", "maxLabel" })
    public record Scale(@NotNull @Min(0) @Max(10) Integer min, @NotNull @Min(1) @Max(10) Integer max,
            @NotBlank @Size(max = 100) @PrintableText String minLabel,
            @NotBlank @Size(max = 100) @PrintableText String maxLabel) {
    }
}
