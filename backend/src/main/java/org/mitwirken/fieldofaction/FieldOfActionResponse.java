package org.mitwirken.fieldofaction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.geo.GeoJson;

@Schema(name = "FieldOfAction", description = "A Handlungsfeld with its goals", requiredProperties = { "id", "slug",
        "title", "summary", "description", "position", "goals", "publicationState", "version", "createdAt",
        "updatedAt" })
public record FieldOfActionResponse(
        UUID id,
        String slug,
        String title,
        String summary,
        @Schema(description = "Markdown; clients render it without raw HTML") String description,
        int position,
        @Schema(description = "Strategy map; null when none is drawn", ref = "GeoJsonObject")
        JsonNode strategyMap,
        List<GoalResponse> goals,
        PublicationState publicationState,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static FieldOfActionResponse of(FieldOfAction field) {
        return new FieldOfActionResponse(field.id, field.slug, field.title, field.summary, field.description,
                field.position, GeoJson.parse(field.strategyMap), field.goals.stream().map(GoalResponse::of).toList(),
                field.publicationState, field.version, field.createdAt, field.updatedAt);
    }
}
