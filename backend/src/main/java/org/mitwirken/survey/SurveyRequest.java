package org.mitwirken.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "SurveyRequest", description = "A survey as an admin builds it; questions keep their identity by slug")
public record SurveyRequest(
        @Schema(description = "Slug of the format the survey belongs to") @NotBlank String format,
        @Schema(description = "Derived from the title when omitted") @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}")
        String slug,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @Schema(description = "Markdown") @Size(max = 20000) String description,
        @NotNull IntegrityMode integrityMode,
        @Schema(description = "LIVE: results are public while the survey runs; AFTER_CLOSE: only once it has closed "
                + "(staff see them always). Defaults to LIVE.") ResultsVisibility resultsVisibility,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @NotNull @Size(max = 100) List<@Valid @NotNull QuestionRequest> questions,
        @Schema(description = "Required when updating: the version last read") Long version) {
}
