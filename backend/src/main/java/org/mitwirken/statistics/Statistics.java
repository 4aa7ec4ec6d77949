package org.mitwirken.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Statistics", requiredProperties = { "totals", "perFormat", "perDistrict", "perChannel", "overTime" })
public record Statistics(
        @Schema(description = "Per kind: COMMENT, MAP_CONTRIBUTION, SURVEY_RESPONSE, BALLOT, REGISTRATION (places "
                + "taken at events), ATTENDANCE (people counted at events)") List<Cell> totals,
        List<Cell> perFormat, List<Cell> perDistrict, List<Cell> perChannel,
        @Schema(description = "Per week (Monday) and kind") List<WeekCell> overTime,
        @Schema(nullable = true, description = "Staff view only") Moderation moderation) {

    @Schema(name = "StatisticsCell", requiredProperties = { "key", "label", "suppressed" })
    public record Cell(@Schema(nullable = true) String key, String label,
            @Schema(nullable = true, description = "null when suppressed") Long count,
            @Schema(description = "The public view hides counts from 1 to 4") boolean suppressed) {
    }

    @Schema(name = "StatisticsWeek", requiredProperties = { "week", "kind", "suppressed" })
    public record WeekCell(LocalDate week, String kind, @Schema(nullable = true) Long count, boolean suppressed) {
    }

    @Schema(name = "ModerationThroughput", requiredProperties = { "pending", "decisionsPerWeek" })
    public record Moderation(long pending, List<WeekCell> decisionsPerWeek) {
    }
}
