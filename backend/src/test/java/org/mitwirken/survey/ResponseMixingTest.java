package org.mitwirken.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.Participant;

/**
 * Someone with the database (a backup, a DBA) knows which code was redeemed when, or holds the marks of accounts, and
 * tries to pair them with the responses by what PostgreSQL keeps beside every row: the transaction id that wrote it
 * ({@code xmin}) and its physical place ({@code ctid}), which follows the insert order.
 */
@QuarkusTest
@TestProfile(ResponseMixingTest.BatchesOfFive.class)
@DisplayName("Survey responses cannot be paired with the code or account that let them in")
class ResponseMixingTest {
    private static final int BATCH = 5;

    public static class BatchesOfFive implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mitwirken.survey.mix-batch", Integer.toString(BATCH));
        }
    }

    @Inject
    SubmissionService submissions;

    @Inject
    SurveyCodes codes;

    @Inject
    ResponsePool pool;

    @Inject
    EntityManager entityManager;

    /** A row as PostgreSQL stores it: transaction id, physical place, and what it says. */
    record Stored(long xmin, String ctid, String text) {
    }

    @Test
    @DisplayName("responses wait sealed until a batch of five is in; then they are stored together")
    void responsesWaitForTheirBatch() {
        SurveyView survey = freeTextSurvey(IntegrityMode.PARTICIPATION_CODE);
        List<String> issued = codes.generate(survey.id(), 2 * BATCH);
        for (int i = 0; i < BATCH - 1; i++) {
            answer(survey, issued.get(i), "Antwort " + i);
            assertEquals(0, count("select count(*) from survey_response where survey_id = ?1", survey.id()));
            assertEquals(i + 1, count("select count(*) from survey_response_pool where survey_id = ?1", survey.id()));
        }
        for (byte[] sealed : pooled(survey.id())) {
            assertEquals(-1, new String(sealed, StandardCharsets.ISO_8859_1).indexOf("Antwort"),
                    "a waiting response is sealed");
        }
        answer(survey, issued.get(BATCH - 1), "Antwort " + (BATCH - 1));
        assertEquals(BATCH, count("select count(*) from survey_response where survey_id = ?1", survey.id()));
        assertEquals(0, count("select count(*) from survey_response_pool where survey_id = ?1", survey.id()));
    }

    @Test
    @DisplayName("pairing redeemed codes with responses by transaction id or row order fails")
    void codesCannotBePaired() {
        SurveyView survey = freeTextSurvey(IntegrityMode.PARTICIPATION_CODE);
        List<String> issued = codes.generate(survey.id(), 2 * BATCH);
        for (int i = 0; i < 2 * BATCH; i++) {
            answer(survey, issued.get(i), "Antwort " + i);
        }
        List<Stored> redeemed = rows("select xmin::text::bigint, ctid::text, code_hash from survey_code "
                + "where survey_id = ?1 and used", survey.id());
        assertEquals(2 * BATCH, redeemed.size());
        assertUnlinkable(redeemed, responses(survey.id()));
    }

    @Test
    @DisplayName("pairing the marks of accounts with responses by transaction id or row order fails")
    void marksCannotBePaired() {
        SurveyView survey = freeTextSurvey(IntegrityMode.ONE_PER_ACCOUNT);
        for (int i = 0; i < 2 * BATCH; i++) {
            submissions.submit(survey.slug(), request("Antwort " + i, null),
                    Participant.account("mixing-" + UUID.randomUUID(), true));
        }
        List<Stored> marks = rows("select xmin::text::bigint, ctid::text, mark from survey_participant "
                + "where survey_id = ?1", survey.id());
        assertEquals(2 * BATCH, marks.size());
        assertUnlinkable(marks, responses(survey.id()));
    }

    @Test
    @DisplayName("the rest of a closed survey is written out among the latest stored responses, never alone, all "
            + "with one day")
    void restOfAClosedSurveyIsNeverAlone() {
        SurveyView survey = freeTextSurvey(IntegrityMode.PARTICIPATION_CODE);
        List<String> issued = codes.generate(survey.id(), BATCH + 2);
        for (int i = 0; i < BATCH + 2; i++) {
            answer(survey, issued.get(i), "Antwort " + i);
        }
        assertEquals(2, count("select count(*) from survey_response_pool where survey_id = ?1", survey.id()));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update survey set closes_at = "
                + "now() - interval '1 second', opens_at = now() - interval '1 day' where id = ?1")
                .setParameter(1, survey.id()).executeUpdate());
        pool.sweep();

        List<Stored> stored = responses(survey.id());
        assertEquals(BATCH + 2, stored.size());
        assertEquals(0, count("select count(*) from survey_response_pool where survey_id = ?1", survey.id()));
        long last = stored.stream().mapToLong(Stored::xmin).max().orElseThrow();
        assertTrue(stored.stream().filter(response -> response.xmin() == last).count() >= BATCH,
                "the rest shares its transaction with the latest earlier responses, five or more in all");
        assertEquals(1, count("select count(distinct submitted_on) from survey_response where survey_id = ?1",
                survey.id()));
    }

    /**
     * The rights were spent in the order of the answers ("Antwort 0" first). The attacker sorts both sides by
     * transaction id and place and pairs them in that order.
     */
    private static void assertUnlinkable(List<Stored> rights, List<Stored> responses) {
        assertEquals(rights.size(), responses.size());
        List<Long> rightTransactions = rights.stream().map(Stored::xmin).toList();
        responses.forEach(response -> assertTrue(!rightTransactions.contains(response.xmin()),
                "a response was written in the transaction that spent a right"));
        Map<Long, List<Stored>> batches = responses.stream().collect(Collectors.groupingBy(Stored::xmin));
        batches.values().forEach(batch -> assertTrue(batch.size() >= BATCH,
                "every response shares its transaction with at least four others"));

        List<Stored> inOrder = new ArrayList<>(responses);
        inOrder.sort(Comparator.comparingLong(Stored::xmin).thenComparing(Stored::ctid, ResponseMixingTest::byPlace));
        List<String> pairedByOrder = inOrder.stream().map(Stored::text).toList();
        List<String> truth = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            truth.add("Antwort " + i);
        }
        assertNotEquals(truth, pairedByOrder, "the row order gives the answers in the order the rights were spent");
    }

    private static int byPlace(String left, String right) {
        return Comparator.<int[]>comparingInt(place -> place[0]).thenComparingInt(place -> place[1])
                .compare(place(left), place(right));
    }

    private static int[] place(String ctid) {
        String[] parts = ctid.replaceAll("[()]", "").split(",");
        return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
    }

    private SurveyView freeTextSurvey(IntegrityMode mode) {
        return aSurvey().with(new QuestionRequest("was-fehlt", QuestionType.FREE_TEXT, "Was fehlt?", null, true, null,
                null, null)).mode(mode).create();
    }

    private void answer(SurveyView survey, String code, String text) {
        submissions.submit(survey.slug(), request(text, code), Participant.SERVER);
    }

    private static SubmissionRequest request(String text, String code) {
        return new SubmissionRequest(Map.of("was-fehlt", new SubmissionRequest.Answer(null, null, null, text, null,
                null, null)), code);
    }

    private List<Stored> responses(UUID survey) {
        return rows("select r.xmin::text::bigint, r.ctid::text, a.text_value from survey_response r "
                + "join survey_answer a on a.response_id = r.id where r.survey_id = ?1", survey);
    }

    @SuppressWarnings("unchecked")
    private List<Stored> rows(String sql, UUID survey) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, survey).getResultList());
        return rows.stream().map(row -> new Stored(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<byte[]> pooled(UUID survey) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select sealed from survey_response_pool where survey_id = ?1").setParameter(1, survey)
                .getResultList());
    }

    private long count(String sql, UUID survey) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, survey).getSingleResult()).longValue());
    }
}
