package org.mitwirken.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Map;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.validation.WholeNumber;

/** The site search over the city's content and citizens' published input. */
@Path("/api/v1/search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @PermitAll
    @Operation(operationId = "search", summary = "Search published content and input",
            description = "Formats, document titles, fields of action, goals and interview notes, and what citizens "
                    + "and the city said: published comments, published map contributions, moderated free-text "
                    + "answers of surveys whose results are public, and official responses. German stemming; title "
                    + "matches rank first. Only what the public may read is found: no drafts, nothing pending, "
                    + "rejected, hidden or withdrawn. Pages reach the best " + SearchService.MAX_DEPTH + " hits.")
    public SearchResponse search(
            @QueryParam("q") @NotBlank @Size(max = 200) @Parameter(description = "Words to look for", required = true)
            String q,
            @QueryParam("size") @DefaultValue("20") @WholeNumber(min = 1, max = 50)
            @Parameter(description = "Hits per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "50", defaultValue = "20")) String size,
            @QueryParam("page") @DefaultValue("0") @WholeNumber(min = 0, max = 999)
            @Parameter(description = "Zero-based page number; the page must end within the best "
                    + SearchService.MAX_DEPTH + " hits", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                            maximum = "999", defaultValue = "0")) String page) {
        int pageSize = Integer.parseInt(size);
        int pageNumber = Integer.parseInt(page);
        if ((pageNumber + 1) * pageSize > SearchService.MAX_DEPTH) {
            throw ValidationProblem.of("page", SearchCode.BEYOND_BEST_HITS, Map.of("max", SearchService.MAX_DEPTH));
        }
        return search.search(q, pageNumber, pageSize);
    }
}
