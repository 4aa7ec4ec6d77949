package org.mitwirken.map;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.ModerationState;

@Schema(name = "MapContribution", requiredProperties = { "id", "format", "category", "title", "text",
        "locationSource", "authorName", "anonymous", "state", "supportCount", "supportedByMe", "writtenByMe",
        "createdOn" })
public record MapContributionView(UUID id, @Schema(description = "Slug of the format") String format,
        MapCategory category, String title, String text,
        @Schema(nullable = true, description = "Absent only when placed by a district without boundary")
        Point location, LocationSource locationSource,
        @Schema(nullable = true) String placeName,
        @Schema(nullable = true) District district,
        String authorName, boolean anonymous, ModerationState state,
        @Schema(nullable = true, description = "Shown to the author and moderators only") String moderationReason,
        long supportCount, boolean supportedByMe, boolean writtenByMe,
        @Schema(description = "The day it was placed, in the city's time zone") LocalDate createdOn,
        @Schema(nullable = true, description = "The exact time, for staff in moderation only: public times are given "
                + "to the day, so that they cannot be matched with other records of the moment") Instant createdAt) {

    @Schema(name = "MapDistrict", requiredProperties = { "slug", "name" })
    public record District(String slug, String name) {
    }
}
