package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.integrity.ParticipationCodes;

/** Printed single-use codes of PARTICIPATION_CODE surveys. */
@ApplicationScoped
public class SurveyCodes extends ParticipationCodes {
    SurveyCodes() {
        super("survey_code", "survey_id");
    }
}
