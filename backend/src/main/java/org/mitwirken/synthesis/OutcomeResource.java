package org.mitwirken.synthesis;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.PersonalAnswer;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.validation.OneOf;
import org.mitwirken.synthesis.SynthesisDtos.InputOutcome;
import org.mitwirken.synthesis.SynthesisDtos.Outcome;

/** "What became of it": public, only published and moderated input, no personal data. */
@Path("/api/v1/outcomes")
@Tag(name = "Synthesis")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    @Inject
    SynthesisService synthesis;

    @Inject
    Viewer viewer;

    @GET
    @Path("/fields-of-action/{slug}")
    @PermitAll
    @Operation(operationId = "getFieldOfActionOutcome", summary = "The input that shaped a field of action, and the "
            + "city's responses")
    public Outcome fieldOfAction(@PathParam("slug") String slug) {
        return synthesis.outcome(slug);
    }

    @GET
    @Path("/inputs/{kind}/{ref}")
    @PermitAll
    @PersonalAnswer
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getInputOutcome", summary = "Where one contribution went, and the responses naming it",
            description = "With a login, `writtenByViewer` says whether that account wrote it.")
    public InputOutcome input(@PathParam("kind") @OneOf(InputKind.class)
            @Parameter(schema = @Schema(implementation = InputKind.class)) String kind,
            @PathParam("ref") String ref) {
        return synthesis.inputOutcome(InputKind.valueOf(kind), ref, viewer.account());
    }
}
