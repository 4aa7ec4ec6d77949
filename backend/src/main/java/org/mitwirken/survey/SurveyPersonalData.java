package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

/**
 * Answers are stored without any link to the account, so they cannot be exported or erased per person. What is stored
 * per account is only the keyed mark that it answered a one-per-account survey: it is exported, but erasure keeps it
 * until the survey closes, because erasing it would let the account answer again.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalData {

    public record AnsweredSurvey(String slug, String title) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    SurveyMarks marks;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of();
    }

    @Override
    public String section() {
        return "surveysAnswered";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AnsweredSurvey> export(String account) {
        List<UUID> marked = entityManager.createNativeQuery("select distinct survey_id from survey_participant",
                UUID.class).getResultList();
        List<UUID> answered = marks.scopesOf(account, marked);
        if (answered.isEmpty()) {
            return List.of();
        }
        List<Object[]> surveys = entityManager.createNativeQuery("select slug, title from survey where id in (?1) "
                + "order by slug").setParameter(1, answered).getResultList();
        return surveys.stream().map(row -> new AnsweredSurvey((String) row[0], (String) row[1])).toList();
    }

    @Override
    public void erase(String account, ErasureMode mode) {
    }

    /** Answers were never linked to anyone; marks went when the surveys closed. */
    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
    }
}
