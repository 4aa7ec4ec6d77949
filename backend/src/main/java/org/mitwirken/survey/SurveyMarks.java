package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.integrity.ParticipationMarks;

/** Which accounts have answered ONE_PER_ACCOUNT surveys, kept apart from the answers, until the survey closes. */
@ApplicationScoped
public class SurveyMarks extends ParticipationMarks {
    SurveyMarks() {
        super("survey_participant", "survey_id", "survey");
    }
}
