package org.mitwirken.survey;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.openapi.Login;

@Path("/api/v1/surveys")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @Inject
    SurveyService service;

    @Inject
    Viewer viewer;

    @Inject
    SubmissionService submissions;

    @GET
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listSurveys", summary = "The surveys of a format")
    public List<SurveyView> list(@QueryParam("format") @NotBlank @Parameter(required = true,
            description = "Slug of the format") String format) {
        return service.forFormat(format, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getSurvey", summary = "A survey with its questions")
    public SurveyView get(@PathParam("slug") String slug) {
        return service.get(slug, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{slug}/participation")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMySurveyParticipation", summary = "Whether one's account has answered the survey",
            description = "So that a client shows \"already taken part\" instead of the questions again. It reads "
                    + "the mark a ONE_PER_ACCOUNT survey keeps to refuse a second answer (409 `already-taken-part`); "
                    + "other surveys record nothing of who answered, so for them `answered` is false. Answers are "
                    + "never linked to the account.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyParticipation.class)))
    @APIResponse(responseCode = "401", description = "Needs a login")
    @APIResponse(responseCode = "404", description = "No such survey, or it is not public")
    public SurveyParticipation participation(@PathParam("slug") String slug) {
        return submissions.participation(slug, viewer.requireAccount());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createSurvey", summary = "Build a survey on a format")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class)))
    public Response create(@NotNull @Valid SurveyRequest request, @Context UriInfo uri) {
        SurveyView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSurvey", summary = "Change a survey and its questions",
            description = "Needs `version`. Once responses exist, questions cannot be removed, change type, lose "
                    + "options or scale range, or become required; new questions must be optional.")
    public SurveyView update(@PathParam("slug") String slug, @NotNull @Valid SurveyRequest request) {
        return service.update(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteSurvey", summary = "Delete a survey without responses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The survey has responses")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }
}
