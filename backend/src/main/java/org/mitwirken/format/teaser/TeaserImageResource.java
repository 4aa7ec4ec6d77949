package org.mitwirken.format.teaser;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.StoredFiles;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.validation.PrintableText;

@Path("/api/v1/formats/{slug}/teaser-image")
@Tag(name = "Formats")
public class TeaserImageResource {

    @Inject
    TeaserImageService service;

    @Inject
    Viewer viewer;

    /** The documented multipart body; the method reads its parts one by one. */
    @Schema(name = "TeaserImageForm", requiredProperties = { "altText" })
    record Form(
            @Schema(type = SchemaType.STRING, format = "binary", description = "JPEG or PNG, decided by the content; "
                    + "required unless the format has an image, whose alternative text alone then changes")
            byte[] file,
            @NotBlank @Size(max = 300) @Schema(description = "What the image shows, for people who cannot see it")
            String altText) {
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putTeaserImage", summary = "Set or replace the teaser image of a format",
            description = "JPEG or PNG, decided by the content (WebP is refused: the server cannot re-encode it); "
                    + "too large a file or too many pixels are refused before the image is decoded. The server "
                    + "re-encodes the image at most 1600 px wide and high, turned upright, without any metadata "
                    + "(EXIF, GPS positions). Without `file` only the alternative text of the stored image changes. A "
                    + "refused upload leaves the stored image as it was.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = Form.class)))
    public TeaserImageResponse put(@PathParam("slug") String slug,
            @RestForm @NotBlank @Size(max = 300) @PrintableText String altText,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        return service.put(slug, altText.strip(), file == null ? null : file.uploadedFile());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteTeaserImage", summary = "Remove the teaser image of a format")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @PermitAll
    @Produces({ "image/jpeg", "image/png" })
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getTeaserImage", summary = "Get the teaser image of a format",
            description = "With a strong ETag and caching; 404 when the format has none or is not published.")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response get(@PathParam("slug") String slug,
            @Parameter(description = "The version in the image's `url`: it changes with the image, so that no cache "
                    + "keeps showing a replaced one; the server always answers with the current image")
            @QueryParam("v") String version,
            @Context Request request) {
        TeaserImageFile image = service.load(slug, viewer.canSeeDrafts());
        return StoredFiles.answer(request, image.sha256(), image.content(), image.contentType(), Map.of());
    }
}
