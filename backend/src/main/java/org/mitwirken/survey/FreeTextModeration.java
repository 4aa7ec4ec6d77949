package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;

/** Free-text answers wait for a moderator before they appear in public results. */
@ApplicationScoped
public class FreeTextModeration {

    @Inject
    EntityManager entityManager;

    @Schema(name = "FreeTextAnswer", requiredProperties = { "id", "survey", "question", "text", "state" })
    public record FreeTextItem(UUID id, @Schema(description = "Slug of the survey") String survey,
            @Schema(description = "Title of the question") String question, String text, FreeTextState state) {
    }

    @Schema(name = "FreeTextDecision", requiredProperties = { "state" })
    public record Decision(@jakarta.validation.constraints.NotNull
            @Schema(enumeration = { "PUBLISHED", "HIDDEN" }) FreeTextState state) {
    }

    /** The oldest 200 waiting answers, of one survey or of all. */
    public List<FreeTextItem> pending(String survey) {
        var query = entityManager.createQuery("select new org.mitwirken.survey.FreeTextModeration$FreeTextItem(a.id, "
                + "s.slug, q.title, a.textValue, a.textState) from SurveyAnswer a, SurveyQuestion q, Survey s "
                + "where q.id = a.questionId and s = q.survey and a.textState = :pending"
                + (survey == null ? "" : " and s.slug = :survey") + " order by s.slug, q.position, a.id",
                FreeTextItem.class).setParameter("pending", FreeTextState.PENDING);
        if (survey != null) {
            query.setParameter("survey", survey);
        }
        return query.setMaxResults(200).getResultList();
    }

    @Transactional
    public void decide(UUID id, FreeTextState state) {
        if (state == FreeTextState.PENDING) {
            throw org.mitwirken.common.problem.ValidationProblem.of("state", GeneralCode.ONE_OF,
                    Map.of("allowed", List.of(FreeTextState.PUBLISHED, FreeTextState.HIDDEN)));
        }
        SurveyAnswer answer = entityManager.find(SurveyAnswer.class, id);
        if (answer == null || answer.textState == null) {
            throw ProblemException.notFound(id.toString());
        }
        answer.textState = state;
    }
}
