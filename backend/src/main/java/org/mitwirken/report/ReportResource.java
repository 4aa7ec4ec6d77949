package org.mitwirken.report;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/formats/{slug}/report")
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getFormatReport", summary = "The short summary of a format's results")
    public FormatReport report(@PathParam("slug") String slug) {
        return reports.report(slug);
    }

    @GET
    @Path("/pdf")
    @PermitAll
    @Produces("application/pdf")
    @Operation(operationId = "downloadFormatReport", summary = "The short summary as a PDF (Kurze Zusammenfassung)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("slug") String slug) {
        return Response.ok(ReportPdf.render(reports.report(slug)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-zusammenfassung.pdf\"").build();
    }
}
