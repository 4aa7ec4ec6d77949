package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.common.statistics.Aggregates;

@ApplicationScoped
public class SurveyActivity implements ActivitySource {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ActivityCount> counts() {
        return Aggregates.query(entityManager, "SURVEY_RESPONSE", "select s.format_id, cast(null as uuid), "
                + "r.channel, r.submitted_on, count(*) from survey_response r join survey s on s.id = r.survey_id "
                + "group by 1, 3, 4");
    }

    @Override
    public long pendingModeration() {
        return ((Number) entityManager.createNativeQuery("select count(*) from survey_answer "
                + "where text_state = 'PENDING'").getSingleResult()).longValue();
    }
}
