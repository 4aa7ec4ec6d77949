package org.mitwirken.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.Point;

@Schema(name = "SurveySubmission", description = "Answers keyed by question slug; optional questions may be left out")
public record SubmissionRequest(
        @NotNull @Size(max = 100) Map<String, @Valid @NotNull Answer> answers,
        @Schema(description = "The participation code, for surveys in PARTICIPATION_CODE mode") @Size(max = 40)
        String code) {

    @Schema(name = "SurveyAnswerInput", description = "Fill the field that fits the question's type: choice "
            + "(SINGLE_CHOICE), choices (MULTIPLE_CHOICE), value (SCALE), text (FREE_TEXT), ranking (RANKING: all "
            + "option keys, most important first), location and category (LOCATION)")
    public record Answer(@Size(max = 120) String choice, @Size(max = 30) List<@NotNull @Size(max = 120) String> choices,
            Integer value, @Size(max = 5000) String text,
            @Size(max = 30) List<@NotNull @Size(max = 120) String> ranking, @Valid Point location,
            @Size(max = 120) String category) {
    }
}
