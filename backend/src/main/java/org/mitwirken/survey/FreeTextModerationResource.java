package org.mitwirken.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;

@Path("/api/v1/moderation/survey-answers")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
public class FreeTextModerationResource {

    @Inject
    FreeTextModeration moderation;

    @GET
    @Operation(operationId = "pendingFreeTextAnswers", summary = "Free-text survey answers awaiting moderation")
    public List<FreeTextModeration.FreeTextItem> pending(@QueryParam("survey") @Parameter(
            description = "Slug of a survey; all surveys without it") String survey) {
        return moderation.pending(survey);
    }

    @PUT
    @Path("/{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideOnFreeTextAnswer", summary = "Publish or hide a free-text answer")
    @APIResponse(responseCode = "204", description = "Decided")
    public void decide(@PathParam("id") UUID id, @NotNull @Valid FreeTextModeration.Decision decision) {
        moderation.decide(id, decision.state());
    }
}
