package org.mitwirken.common.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One published item matching a search", requiredProperties = { "type",
        "slug", "title", "excerpt", "href", "rank" })
public record SearchHit(
        SearchHitType type,
        @Schema(description = "Slug of the item, or of the item it belongs to (the field of a goal, the format of a "
                + "document)") String slug,
        String title,
        @Schema(description = "Plain text, never HTML") String excerpt,
        @Schema(description = "API path of the item") String href,
        @Schema(description = "Relevance; title matches weigh most") double rank) {
}
