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
    private static final String CSV = "text/csv";

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
    @Path("/{dataset}.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "downloadOpenDataJson", summary = "One dataset as JSON: an array of records")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = OpenDataRecord.class)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response downloadJson(@PathParam("dataset") @Parameter(example = "formats") String name) {
        OpenDataSource source = source(name);
        return Response.ok(OpenDataFiles.json(mapper, source.dataset(), source.rows()), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("/{dataset}.csv")
    @PermitAll
    @Produces(CSV)
    @Operation(operationId = "downloadOpenDataCsv", summary = "One dataset as CSV",
            description = "UTF-8 with BOM, one row per record, lists joined by \"; \".")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such dataset")
    public Response downloadCsv(@PathParam("dataset") @Parameter(example = "formats") String name) {
        OpenDataSource source = source(name);
        return Response.ok(OpenDataFiles.csv(source.dataset(), source.rows()), Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    @GET
    @Path("/{dataset}.geojson")
    @PermitAll
    @Produces(GEO_JSON)
    @Operation(operationId = "downloadOpenDataGeoJson", summary = "One spatial dataset as a GeoJSON FeatureCollection")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = GEO_JSON,
            schema = @Schema(ref = "GeoJsonFeatureCollection")))
    @APIResponse(responseCode = "404", description = "No such dataset, or it has no places")
    public Response downloadGeoJson(@PathParam("dataset") @Parameter(example = "map-contributions") String name) {
        OpenDataSource source = source(name);
        if (!source.dataset().spatial()) {
            throw ProblemException.notFound(name + ".geojson");
        }
        return Response.ok(OpenDataFiles.geoJson(mapper, source.dataset(), source.rows()), GEO_JSON).build();
    }

    private OpenDataSource source(String name) {
        return sources.stream().filter(s -> s.dataset().name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(name));
    }
}
