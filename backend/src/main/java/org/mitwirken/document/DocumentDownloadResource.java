package org.mitwirken.document;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.StoredFiles;
import org.mitwirken.common.openapi.Login;

@Path("/api/v1/documents")
@Tag(name = "Documents")
public class DocumentDownloadResource {

    @Inject
    DocumentService service;

    @Inject
    Viewer viewer;

    @GET
    @Path("/{id}/file")
    @PermitAll
    @Produces({ "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp" })
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "downloadDocument", summary = "Download a document's file",
            description = "With Content-Disposition (UTF-8 file name), ETag and caching; 404 while its format is "
                    + "not published.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response download(@PathParam("id") UUID id, @Context Request request) {
        boolean includeDrafts = viewer.canSeeDrafts();
        DocumentFile file = service.download(id, includeDrafts);
        return StoredFiles.answer(request, file.sha256(), file.content(), file.contentType(),
                Map.of("Content-Disposition", ContentDisposition.attachment(file.fileName())));
    }
}
