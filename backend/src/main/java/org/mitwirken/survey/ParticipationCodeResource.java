package org.mitwirken.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;
import org.mitwirken.common.export.Csv;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;

@Path("/api/v1/surveys/{slug}/codes")
@Tag(name = "Surveys")
@RolesAllowed(Roles.ADMIN)
public class ParticipationCodeResource {
    private static final String PDF = "application/pdf";

    @Inject
    SurveyService surveys;

    @Inject
    ParticipationCodes codes;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

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
        if (survey.integrityMode != IntegrityMode.PARTICIPATION_CODE) {
            throw ProblemException.conflict("The survey '" + survey.title + "' does not use participation codes.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new CodeRequests.Codes(codes.generate(survey.id, request.count()))).build();
    }

    @POST
    @Path("/sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ PDF, "text/csv" })
    @Operation(operationId = "printParticipationCodes", summary = "Codes as a printable PDF or a CSV list (admins)",
            description = "`Accept: application/pdf`: an A4 sheet, ten codes a page, each with a QR code leading to "
                    + "the survey (the code travels in the address's fragment, which browsers never send). "
                    + "`Accept: text/csv`: code and link per line.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response sheet(@PathParam("slug") String slug, @NotNull @Valid CodeRequests.Sheet request,
            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        Survey survey = surveys.visible(slug, true);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.codes().size(); i++) {
            if (!codes.exists(survey.id, request.codes().get(i))) {
                violations.add(new Violation("codes[" + i + "]", "is not a code of this survey"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        if (accept != null && accept.contains("text/csv")) {
            List<List<String>> rows = request.codes().stream().map(code -> List.of(code, link(survey, code))).toList();
            return Response.ok(Csv.write(List.of("code", "link"), rows), Csv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-codes.csv\"").build();
        }
        return Response.ok(CodeSheet.render(survey.title, request.codes(), code -> link(survey, code)), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-codes.pdf\"").build();
    }

    private String link(Survey survey, String code) {
        return publicUrl + "/umfragen/" + survey.slug + "#code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
