package org.mitwirken.survey;

import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.mitwirken.integrity.Participant;

/**
 * Free-text answers to a survey with one free-text question ("idee"), submitted and moderated through the services.
 * Tests store each response at once (mix batch 1), so an answer waits for its moderator right after it is sent.
 */
public final class FreeTextAnswerBuilder {
    public static final String QUESTION = "idee";
    public static final String QUESTION_TITLE = "Was wünschen Sie sich?";

    private FreeTextAnswerBuilder() {
    }

    /** A survey asking only {@link #QUESTION}, open now; results as {@code survey} says. */
    public static SurveyBuilder aFreeTextSurvey() {
        return aSurvey().with(new QuestionRequest(QUESTION, QuestionType.FREE_TEXT, QUESTION_TITLE, null, true, null,
                null, null));
    }

    /** Answers the survey with this text; the answer waits for a moderator. */
    public static UUID answer(SurveyView survey, String text) {
        CDI.current().select(SubmissionService.class).get().submit(survey.slug(), new SubmissionRequest(Map.of(
                QUESTION, new SubmissionRequest.Answer(null, null, null, text, null, null, null)), null),
                Participant.SERVER);
        return moderation().pending(survey.slug()).stream().filter(item -> item.text().equals(text)).findFirst()
                .orElseThrow().id();
    }

    public static void decide(UUID answer, FreeTextState state) {
        moderation().decide(answer, state);
    }

    /** Ends the survey as if its time had run out: after its answers came, since a closed survey takes none. */
    public static void close(SurveyView survey) {
        EntityManager entityManager = CDI.current().select(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update survey set closes_at = ?1 where slug = ?2").setParameter(1, Instant.now().minusSeconds(1))
                .setParameter(2, survey.slug()).executeUpdate());
    }

    private static FreeTextModeration moderation() {
        return CDI.current().select(FreeTextModeration.class).get();
    }
}
