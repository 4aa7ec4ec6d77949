package org.mitwirken.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.IntegrityMode;

@Schema(name = "Survey", requiredProperties = { "id", "slug", "format", "title", "description", "integrityMode",
        "resultsVisibility", "resultsPublic", "opensAt", "closesAt", "open", "responseCount", "questions", "version" })
public record SurveyView(UUID id, String slug, @Schema(description = "Slug of the format") String format,
        String title, String description, IntegrityMode integrityMode, ResultsVisibility resultsVisibility,
        @Schema(description = "Visitors may see the results now") boolean resultsPublic, Instant opensAt,
        Instant closesAt,
        @Schema(description = "Answers are accepted now") boolean open, long responseCount,
        List<QuestionView> questions, long version) {

    @Schema(name = "SurveyQuestion", requiredProperties = { "id", "slug", "type", "title", "helpText", "required",
            "options" })
    public record QuestionView(UUID id, String slug, QuestionType type, String title, String helpText,
            boolean required, List<ChoiceOption> options, @Schema(nullable = true) QuestionRequest.Scale scale,
            @Schema(nullable = true) Integer maxLength) {

        static QuestionView of(SurveyQuestion question) {
            QuestionRequest.Scale scale = question.type == QuestionType.SCALE ? new QuestionRequest.Scale(
                    question.scaleMin, question.scaleMax, question.scaleMinLabel, question.scaleMaxLabel) : null;
            return new QuestionView(question.id, question.slug, question.type, question.title, question.helpText,
                    question.required, question.options, scale, question.maxLength);
        }
    }
}
