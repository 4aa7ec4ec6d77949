package org.mitwirken.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.privacy.SelfService;
import org.mitwirken.integrity.Participants;

@Path("/api/v1/surveys/{slug}/responses")
@Tag(name = "Surveys")
public class SurveyResponseResource {

    @Inject
    SubmissionService submissions;

    @Inject
    SurveyExport export;

    @Inject
    Participants participants;

    @POST
    @SelfService
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "submitSurvey", summary = "Answer a survey",
            description = "Each answer is checked against its question; violations name `answers.<question slug>`. "
                    + "Outside the answering window: 409 `not-open`. PARTICIPATION_CODE surveys need an unused "
                    + "`code` (403 `participation-code-required` / `participation-code-invalid`); ONE_PER_ACCOUNT surveys a "
                    + "login (401) with a verified e-mail address (403 `email-not-verified`) and one answer per "
                    + "account (409 `already-taken-part`, also after the account erased its data). Without login, "
                    + "answers count against the anonymous rate limit. Responses appear in results in batches of "
                    + "several, so that their order reveals nothing about who answered.")
    @APIResponse(responseCode = "201", description = "Answers stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyReceipt.class)))
    @APIResponse(responseCode = "401", description = "This survey takes answers from logged-in accounts only")
    @APIResponse(responseCode = "403", description = "The participation code is missing, unknown or used; or the "
            + "account's e-mail address is not verified")
    @APIResponse(responseCode = "404", description = "No such survey, or it is not public")
    @APIResponse(responseCode = "409", description = "Not open now, or this account has answered already")
    @APIResponse(responseCode = "429", description = "Too many answers from this client; see Retry-After")
    public Response submit(@PathParam("slug") String slug, @NotNull @Valid SubmissionRequest request) {
        return Response.status(Response.Status.CREATED).entity(submissions.submit(slug, request,
                participants.current())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces({ MediaType.APPLICATION_JSON, "text/csv" })
    @Operation(operationId = "exportSurveyResponses", summary = "All responses (admins)",
            description = "As JSON with option keys, or with `Accept: text/csv` as CSV with labels (UTF-8, BOM, "
                    + "formula-safe). Free texts are included whether moderated or not. Responses still waiting for "
                    + "their batch (see submitSurvey) are not in it yet.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SurveyExport.ExportedResponse.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response export(@PathParam("slug") String slug, @HeaderParam("Accept") String accept) {
        if (accept != null && accept.contains("text/csv") && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(export.csv(slug), Csv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-antworten.csv\"").build();
        }
        return Response.ok(export.json(slug), MediaType.APPLICATION_JSON).build();
    }
}
