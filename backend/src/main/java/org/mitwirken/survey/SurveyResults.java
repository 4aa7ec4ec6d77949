package org.mitwirken.survey;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyResults", requiredProperties = { "survey", "responses", "questions" })
public record SurveyResults(@Schema(description = "Slug of the survey") String survey, long responses,
        List<QuestionResult> questions,
        @Schema(nullable = true, description = "Present when asked for with `breakdown`") Breakdown breakdown) {

    @Schema(name = "QuestionResult", requiredProperties = { "question", "type", "title", "answered", "options" })
    public record QuestionResult(@Schema(description = "Slug of the question") String question, QuestionType type,
            String title, @Schema(description = "Responses that answered this question") long answered,
            @Schema(description = "Per option (choices, ranking items, location categories)")
            List<OptionResult> options,
            @Schema(nullable = true, description = "SCALE only") ScaleResult scale,
            @Schema(nullable = true, description = "FREE_TEXT only: the answers moderators have published")
            List<String> texts,
            @Schema(nullable = true, description = "LOCATION only, and only in the results of the whole survey (not "
                    + "in a breakdown's groups): where the points are, counted by squares")
            LocationResult areas) {
    }

    @Schema(name = "LocationResult", description = "The points of a location question counted by squares of about "
            + "cellMetres; a square with fewer than 5 points is not shown, its points are only counted in withheld",
            requiredProperties = { "cellMetres", "cells", "withheld" })
    public record LocationResult(@Schema(description = "Edge of a square, in metres") int cellMetres,
            @Schema(description = "The squares with 5 points or more, most points first") List<AreaCount> cells,
            @Schema(description = "Points in squares with fewer than 5, all together") long withheld) {
    }

    @Schema(name = "AreaCount", requiredProperties = { "bbox", "count", "options" })
    public record AreaCount(@Schema(description = "The square: west, south, east, north (WGS 84 degrees)")
            List<Double> bbox, @Schema(description = "Points in the square") long count,
            @Schema(description = "Points per location category, in the question's order")
            List<CategoryCount> options) {
    }

    @Schema(name = "CategoryCount", requiredProperties = { "key", "count" })
    public record CategoryCount(@Schema(description = "Key of the location category") String key, long count) {
    }

    @Schema(name = "OptionResult", requiredProperties = { "key", "label", "suppressed" })
    public record OptionResult(String key, String label,
            @Schema(nullable = true, description = "How many chose it; null when suppressed") Long count,
            @Schema(nullable = true, description = "count / answered") Double share,
            @Schema(nullable = true, description = "RANKING: mean Borda points (n for first place … 1 for last)")
            Double rankScore,
            @Schema(nullable = true, description = "RANKING: mean place, 1 is first") Double meanRank,
            @Schema(description = "True when the cell is withheld in a breakdown: it counts 1 to 4 responses, or it "
                    + "is withheld with such a cell so that none can be worked out from the totals")
            boolean suppressed) {
    }

    @Schema(name = "ScaleResult", requiredProperties = { "distribution" })
    public record ScaleResult(@Schema(nullable = true) Double mean, List<ValueCount> distribution) {
    }

    @Schema(name = "ValueCount", requiredProperties = { "value", "suppressed" })
    public record ValueCount(int value, @Schema(nullable = true) Long count, boolean suppressed) {
    }

    @Schema(name = "ResultsBreakdown", description = "The results again per option of a single-choice question",
            requiredProperties = { "question", "groups" })
    public record Breakdown(@Schema(description = "Slug of the question broken down by") String question,
            List<Group> groups) {
    }

    @Schema(name = "ResultsGroup", requiredProperties = { "key", "label", "suppressed", "questions" })
    public record Group(String key, String label,
            @Schema(nullable = true, description = "null when the group is withheld (fewer than 5 responses, or "
                    + "withheld with such a group so that it cannot be worked out from the totals): then nothing is "
                    + "shown")
            Long responses, boolean suppressed, List<QuestionResult> questions) {
    }
}
