package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

/**
 * Answers are stored without any link to the account, so they cannot be exported or erased per person; what is
 * stored per account is only the mark that it answered a one-per-account survey.
 */
@ApplicationScoped
public class SurveyPersonalData implements PersonalData {

    public record AnsweredSurvey(String slug, String title) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    SubmissionService submissions;

    @Override
    public Set<String> tables() {
        return Set.of("survey_participant");
    }

    @Override
    public String section() {
        return "surveysAnswered";
    }

    @Override
    public List<AnsweredSurvey> export(String account) {
        return answered(account).stream().map(row -> new AnsweredSurvey((String) row[1], (String) row[2])).toList();
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        for (Object[] row : answered(account)) {
            entityManager.createNativeQuery("delete from survey_participant where survey_id = ?1 and account_hash = ?2")
                    .setParameter(1, row[0]).setParameter(2, submissions.participantMarker((UUID) row[0], account))
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> answered(String account) {
        List<Object[]> surveys = entityManager.createNativeQuery("select id, slug, title from survey "
                + "where id in (select survey_id from survey_participant) order by slug").getResultList();
        return surveys.stream().filter(row -> (Long) entityManager.createNativeQuery(
                "select count(*) from survey_participant where survey_id = ?1 and account_hash = ?2", Long.class)
                .setParameter(1, row[0]).setParameter(2, submissions.participantMarker((UUID) row[0], account))
                .getSingleResult() > 0).toList();
    }

    /** Answers were never linked to anyone; the marks of who answered go. */
    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
        if (!formats.isEmpty()) {
            entityManager.createNativeQuery("delete from survey_participant where survey_id in "
                    + "(select id from survey where format_id in (?1))").setParameter(1, formats).executeUpdate();
        }
    }
}
