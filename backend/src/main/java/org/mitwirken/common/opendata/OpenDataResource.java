package org.mitwirken.common.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.problem.ProblemException;

/** Everything published, as CSV, JSON and (for data with places) GeoJSON; documented in docs/open-data.md. */
@Path("/api/v1/open-data")
@Tag(name = "Open data")
public class OpenDataResource {
    private static final String GEO_JSON = "application/geo+json";

    @Inject
    Instance<OpenDataSource> sources;

    @Inject
    ObjectMapper mapper;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpenData", summary = "The open datasets, field by field")
    public List<Dataset> catalogue() {
        return sources.stream().map(OpenDataSource::dataset).sorted(Comparator.comparing(Dataset::name)).toList();
    }

    @GET
    @Path("/{dataset}.{extension}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", GEO_JSON })
    @Operation(operationId = "downloadOpenData", summary = "One dataset as CSV, JSON or GeoJSON",
            description = "`.csv` (UTF-8 with BOM, lists joined by \"; \"), `.json` (an array of objects) or, for "
                    + "spatial datasets, `.geojson` (RFC 7946 FeatureCollection).")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Object.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = GEO_JSON, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "404", description = "No such dataset, or no GeoJSON for it")
    public Response download(@PathParam("dataset") @Parameter(example = "formats") String name,
            @PathParam("extension") @Parameter(schema = @Schema(enumeration = { "csv", "json", "geojson" }))
            String extension) {
        OpenDataSource source = sources.stream().filter(s -> s.dataset().name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Dataset", name));
        Dataset dataset = source.dataset();
        String file = "attachment; filename=\"" + name + "." + extension + "\"";
        return switch (extension) {
            case "csv" -> Response.ok(OpenDataFiles.csv(dataset, source.rows()), Csv.MEDIA_TYPE)
                    .header("Content-Disposition", file).build();
            case "json" -> Response.ok(OpenDataFiles.json(mapper, dataset, source.rows()), MediaType.APPLICATION_JSON)
                    .build();
            case "geojson" -> {
                if (!dataset.spatial()) {
                    throw ProblemException.notFound("GeoJSON of dataset", name);
                }
                yield Response.ok(OpenDataFiles.geoJson(mapper, dataset, source.rows()), GEO_JSON).build();
            }
            default -> throw ProblemException.notFound("Download format", extension);
        };
    }
}
