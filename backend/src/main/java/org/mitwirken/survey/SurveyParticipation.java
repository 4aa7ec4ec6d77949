package org.mitwirken.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyParticipation", description = "Whether the caller's account has answered a survey",
        requiredProperties = { "survey", "answered" })
public record SurveyParticipation(@Schema(description = "Slug of the survey") String survey,
        @Schema(description = "Only ONE_PER_ACCOUNT surveys record who answered (until they close); for others "
                + "this is always false") boolean answered) {
}
