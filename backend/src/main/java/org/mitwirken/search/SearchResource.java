package org.mitwirken.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.search.SearchHit;
import org.mitwirken.common.search.SearchQuery;
import org.mitwirken.common.search.SearchSource;

/** The site search: asks every feature's {@link SearchSource} and merges their hits by rank. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    Instance<SearchSource> sources;

    @GET
    @PermitAll
    @Operation(operationId = "search", summary = "Search published content",
            description = "Formats, document titles, fields of action, goals and interview notes, with German "
                    + "stemming; title matches rank first. Only published items are found.")
    public SearchResponse search(
            @QueryParam("q") @NotBlank @Size(max = 200) @Parameter(description = "Words to look for", required = true)
            String q,
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "[1-9]|[1-4]\\d|50",
                    message = "must be a whole number from 1 to 50")
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50",
                    defaultValue = "20")) String size) {
        int limit = Integer.parseInt(size);
        List<SearchHit> hits = SearchQuery.parse(q)
                .map(query -> sources.stream().flatMap(source -> source.search(query, limit).stream())
                        .sorted(Comparator.comparingDouble(SearchHit::rank).reversed()
                                .thenComparing(SearchHit::title))
                        .limit(limit).toList())
                .orElse(List.of());
        return new SearchResponse(q, hits);
    }
}
