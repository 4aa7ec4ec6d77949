package org.mitwirken.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.search.SearchHit;

@Schema(name = "SearchResults", requiredProperties = { "query", "items" })
public record SearchResponse(String query, List<SearchHit> items) {
}
