package org.mitwirken.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.FormParts;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.validation.OneOf;
import org.mitwirken.common.problem.GeneralCode;
import java.util.Map;
import org.mitwirken.common.validation.PrintableText;

@Path("/api/v1/formats/{slug}/documents")
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentService service;

    @Inject
    Viewer viewer;

    @ConfigProperty(name = "mitwirken.documents.max-size-bytes")
    long maxSizeBytes;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listDocuments", summary = "List the documents of a format", description = "Oldest first.")
    public PageResponse<DocumentResponse> list(@PathParam("slug") String slug, @Valid @BeanParam PageRequest paging) {
        return service.list(slug, paging, viewer.canSeeDrafts());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "uploadDocument", summary = "Upload a document to a format",
            description = "PDF, PNG, JPEG, GIF or WebP, decided by the content; larger than the configured limit: 413.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentForms.Upload.class)))
    @APIResponse(responseCode = "201", description = "Uploaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentResponse.class)))
    public Response create(@PathParam("slug") String slug,
            @RestForm @NotBlank @Size(max = 300) @PrintableText String title,
            @RestForm @NotNull @OneOf(value = DocumentKind.class, formPart = true) @Schema(implementation = DocumentKind.class) String kind,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uri) {
        if (file == null) {
            throw ValidationProblem.of("file", GeneralCode.REQUIRED);
        }
        DocumentResponse created = service.create(slug, upload(title, kind, file, null));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceDocument", summary = "Change a document's title or kind, or replace its file",
            description = "Without `file` only the metadata changes; needs `version`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentForms.Replacement.class)))
    public DocumentResponse replace(@PathParam("slug") String slug, @PathParam("id") UUID id,
            @RestForm @NotBlank @Size(max = 300) @PrintableText String title,
            @RestForm @NotNull @OneOf(value = DocumentKind.class, formPart = true) @Schema(implementation = DocumentKind.class) String kind,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm Long version) {
        return service.replace(slug, id, upload(title, kind, file, version));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteDocument", summary = "Delete a document")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug, @PathParam("id") UUID id) {
        service.delete(slug, id);
    }

    private DocumentUpload upload(String title, String kindPart, FileUpload file, Long version) {
        DocumentKind kind = FormParts.constant(kindPart, DocumentKind.class);
        if (file == null) {
            return new DocumentUpload(title, kind, null, null, version);
        }
        if (file.size() > maxSizeBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, GeneralCode.BODY_TOO_LARGE,
                    Map.of("maxBytes", maxSizeBytes));
        }
        try {
            return new DocumentUpload(title, kind, ContentDisposition.sanitise(file.fileName()),
                    Files.readAllBytes(file.uploadedFile()), version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
