package org.mitwirken.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.mitwirken.common.Roles;
import org.mitwirken.integrity.CodeHandouts;
import org.mitwirken.integrity.CodeRequests;

@Path("/api/v1/surveys/{slug}/codes")
@Tag(name = "Surveys")
@RolesAllowed(Roles.ADMIN)
public class ParticipationCodeResource {

    @Inject
    SurveyService surveys;

    @Inject
    SurveyCodes codes;

    @Inject
    CodeHandouts handouts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createParticipationCodes", summary = "Generate single-use codes (admins)",
            description = "For PARTICIPATION_CODE surveys. The codes are in this answer only; print them with "
                    + "`POST …/codes/sheet`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeRequests.Codes.class)))
    @APIResponse(responseCode = "409", description = "The survey does not use participation codes")
    public Response create(@PathParam("slug") String slug, @NotNull @Valid CodeRequests.Batch request) {
        Survey survey = surveys.visible(slug, true);
        return Response.status(Response.Status.CREATED).entity(handouts.generate(codes, survey.id,
                survey.integrityMode, request.count())).build();
    }

    @POST
    @Path("/sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ CodeHandouts.PDF, "text/csv" })
    @Operation(operationId = "printParticipationCodes", summary = "Codes as a printable PDF or a CSV list (admins)",
            description = "`Accept: application/pdf`: an A4 sheet, ten codes a page, each with a QR code leading to "
                    + "the survey (the code travels in the address's fragment, which browsers never send). "
                    + "`Accept: text/csv`: code and link per line.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = CodeHandouts.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response sheet(@PathParam("slug") String slug, @NotNull @Valid CodeRequests.Sheet request,
            @HeaderParam("Accept") String accept) {
        Survey survey = surveys.visible(slug, true);
        return handouts.sheet(codes, survey.id, survey.title, "/umfragen/" + survey.slug, slug, request.codes(),
                accept);
    }
}
