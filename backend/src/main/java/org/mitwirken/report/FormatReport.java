package org.mitwirken.report;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.statistics.Statistics;
import org.mitwirken.survey.SurveyResults;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;

@Schema(name = "FormatReport", description = "The short summary of a format's results (Kurze Zusammenfassung)",
        requiredProperties = { "format", "title", "kind", "summary", "startsOn", "endsOn", "keyFigures", "surveys",
                "responses" })
public record FormatReport(@Schema(description = "Slug of the format") String format, String title, String kind,
        String summary, LocalDate startsOn, LocalDate endsOn, @Schema(nullable = true) String venue,
        @Schema(description = "Public contributions per kind; counts under five suppressed")
        List<Statistics.Cell> keyFigures,
        @Schema(description = "Results of the format's surveys") List<SurveySummary> surveys,
        @Schema(description = "The city's responses to input from this format") List<ResponseView> responses) {

    @Schema(name = "ReportSurvey", requiredProperties = { "title", "results" })
    public record SurveySummary(String title, SurveyResults results) {
    }
}
