package org.mitwirken.survey;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SurveyReceipt", description = "Confirms a response; it carries nothing that identifies it",
        requiredProperties = { "survey", "submittedOn" })
public record SurveyReceipt(@Schema(description = "Slug of the survey") String survey, LocalDate submittedOn) {
}
