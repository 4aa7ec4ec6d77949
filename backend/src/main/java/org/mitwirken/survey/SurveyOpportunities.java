package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.mitwirken.common.participation.OpportunitySource;

/** Surveys open for answers now. */
@ApplicationScoped
class SurveyOpportunities implements OpportunitySource {

    @Inject
    SurveyRepository surveys;

    @Override
    public List<OpenOpportunity> openAt(Instant now) {
        return surveys.list("opensAt <= ?1 and closesAt > ?1", now).stream()
                .map(survey -> new OpenOpportunity(OpportunityKind.SURVEY, survey.slug, survey.title, survey.formatId,
                        survey.opensAt, survey.closesAt, survey.integrityMode.needs()))
                .toList();
    }
}
