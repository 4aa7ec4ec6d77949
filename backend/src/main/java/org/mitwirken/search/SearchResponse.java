package org.mitwirken.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.search.SearchHit;

@Schema(name = "SearchResults", requiredProperties = { "query", "items", "page", "size", "total" })
public record SearchResponse(String query, List<SearchHit> items,
        @Schema(description = "Zero-based page number") int page,
        @Schema(description = "Hits per page") int size,
        @Schema(description = "How many public items match in all") long total) {
}
