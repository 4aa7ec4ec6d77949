package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.PostedWhere;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Free-text answers wait for a moderator before they appear in public results. */
@ApplicationScoped
public class FreeTextModeration {

    @Inject
    EntityManager entityManager;

    @Inject
    FormatService formats;

    @Schema(name = "FreeTextAnswer", requiredProperties = { "id", "survey", "question", "text", "state",
            "postedWhere" })
    public record FreeTextItem(UUID id, @Schema(description = "Slug of the survey") String survey,
            @Schema(description = "Title of the question") String question, String text, FreeTextState state,
            @Schema(description = "The survey's results, at the question; STAFF_ONLY while its format is not public "
                    + "or its results are shown only after it closes") PostedWhere postedWhere) {
    }

    @Schema(name = "FreeTextDecision", requiredProperties = { "state" })
    public record Decision(@jakarta.validation.constraints.NotNull
            @Schema(enumeration = { "PUBLISHED", "HIDDEN" }) FreeTextState state) {
    }

    /** The oldest 200 waiting answers, of one survey or of all. */
    public List<FreeTextItem> pending(String survey) {
        var query = entityManager.createQuery("select a.id, s, q.slug, q.title, a.textValue, a.textState "
                + "from SurveyAnswer a, SurveyQuestion q, Survey s "
                + "where q.id = a.questionId and s = q.survey and a.textState = :pending"
                + (survey == null ? "" : " and s.slug = :survey") + " order by s.slug, q.position, a.id",
                Object[].class).setParameter("pending", FreeTextState.PENDING);
        if (survey != null) {
            query.setParameter("survey", survey);
        }
        List<Object[]> rows = query.setMaxResults(200).getResultList();
        Map<UUID, FormatRef> formatsById = formats.refsByIds(rows.stream().map(row -> ((Survey) row[1]).formatId)
                .collect(Collectors.toSet()));
        Instant now = Instant.now();
        return rows.stream().map(row -> {
            Survey answered = (Survey) row[1];
            PostedWhere results = PostedWhere.page(PostedWhere.Kind.SURVEY, answered.title,
                    "/umfragen/" + answered.slug + "/ergebnisse",
                    formatsById.get(answered.formatId).publiclyVisible() && answered.resultsPublic(now))
                    .at("result-" + row[2]);
            return new FreeTextItem((UUID) row[0], answered.slug, (String) row[3], (String) row[4],
                    (FreeTextState) row[5], results);
        }).toList();
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
