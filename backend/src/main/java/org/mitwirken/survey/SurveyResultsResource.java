package org.mitwirken.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.BrieflyCached;
import org.mitwirken.common.openapi.Login;

@Path("/api/v1/surveys/{slug}/results")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResultsResource {

    @Inject
    SurveyResultsService service;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @BrieflyCached
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getSurveyResults", summary = "Results per question",
            description = "Counts and shares per option, mean and distribution for scales, rank scores, moderated "
                    + "free texts. With `breakdown`, the same per option of that single-choice question; groups and "
                    + "cells under 5 responses are suppressed, together with as many others as it takes that none can "
                    + "be worked out from the totals. Surveys with `resultsVisibility` AFTER_CLOSE show results to "
                    + "visitors only once they have closed (403 `results-not-public-yet` before).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyResults.class)))
    @APIResponse(responseCode = "403", description = "The results are published when the survey closes")
    public SurveyResults results(@PathParam("slug") String slug, @QueryParam("breakdown") @Parameter(
            description = "Slug of a single-choice question to break the results down by") String breakdown) {
        return service.results(slug, breakdown, viewer.canSeeDrafts());
    }
}
