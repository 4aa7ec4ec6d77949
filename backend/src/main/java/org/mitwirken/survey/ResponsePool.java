package org.mitwirken.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.integrity.Sealing;

/**
 * Where a response waits until it can be stored without revealing who gave it. A response is sealed (encrypted) into
 * the pool in the same transaction that spends the code or mark that let it in, so it is never lost and never stored
 * without its right spent. Once the pool of a survey holds a batch (or the survey has closed), the batch is written
 * out in one transaction, in shuffled order: every response of a batch has the same transaction id, their physical
 * order is random, and nothing in the answers' rows points back to the transaction that spent the right.
 */
@ApplicationScoped
public class ResponsePool {
    private static final String PURPOSE = "survey-response-pool";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(ResponsePool.class);

    @Inject
    EntityManager entityManager;

    @Inject
    Sealing sealing;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "mitwirken.survey.mix-batch")
    int batchSize;

    /**
     * A response as it waits, sealed; the answers are the rows it will become. A stored response taken back into a
     * batch keeps its ids ({@code id} null for a new one), so moderation and links to its answers stay.
     */
    record Pooled(UUID id, ResponseChannel channel, LocalDate submittedOn, List<PooledAnswer> answers) {
    }

    record PooledAnswer(UUID id, UUID questionId, String optionKey, Integer numberValue, String textValue,
            FreeTextState textState, Integer rank, Double longitude, Double latitude) {

        static PooledAnswer of(SurveyAnswer row, boolean keepId) {
            return new PooledAnswer(keepId ? row.id : null, row.questionId, row.optionKey, row.numberValue,
                    row.textValue, row.textState, row.rank, row.longitude, row.latitude);
        }

        SurveyAnswer toRow(UUID responseId) {
            SurveyAnswer row = new SurveyAnswer();
            if (id != null) {
                row.id = id;
            }
            row.responseId = responseId;
            row.questionId = questionId;
            row.optionKey = optionKey;
            row.numberValue = numberValue;
            row.textValue = textValue;
            row.textState = textState;
            row.rank = rank;
            row.longitude = longitude;
            row.latitude = latitude;
            return row;
        }
    }

    /** In the caller's transaction, beside the spending of the right to answer. */
    void add(UUID survey, ResponseChannel channel, LocalDate submittedOn, List<SurveyAnswer> rows) {
        Pooled pooled = new Pooled(null, channel, submittedOn, rows.stream().map(row -> PooledAnswer.of(row, false))
                .toList());
        entityManager.createNativeQuery("insert into survey_response_pool (id, survey_id, sealed) values (?1, ?2, ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, survey)
                .setParameter(3, sealing.seal(PURPOSE, bytes(pooled))).executeUpdate();
    }

    long waiting(UUID survey) {
        return ((Number) entityManager.createNativeQuery("select count(*) from survey_response_pool "
                + "where survey_id = ?1").setParameter(1, survey).getSingleResult()).longValue();
    }

    /**
     * Writes out the survey's pool when it holds a whole batch; another instance may be doing it already. The response
     * is safe in the pool whatever happens here: a failure is left to the next sweep, not passed to the respondent.
     */
    public void mixIfReady(UUID survey) {
        try {
            QuarkusTransaction.requiringNew().run(() -> mix(survey, false));
        } catch (RuntimeException e) {
            LOG.warnf("Survey responses not written out yet, the next sweep retries: %s", e.getMessage());
        }
    }

    /** Whole batches the answering request could not write out, and the rest of surveys that have closed. */
    @Scheduled(every = "${mitwirken.survey.mix-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct p.survey_id, s.closes_at <= now() from survey_response_pool p "
                        + "join survey s on s.id = p.survey_id").getResultList());
        waiting.forEach(row -> QuarkusTransaction.requiringNew().run(() -> mix((UUID) row[0], (Boolean) row[1])));
    }

    private void mix(UUID survey, boolean evenIfSmall) {
        @SuppressWarnings("unchecked")
        List<Object[]> waiting = entityManager.createNativeQuery("select id, sealed from survey_response_pool "
                + "where survey_id = ?1 for update skip locked").setParameter(1, survey).getResultList();
        if (waiting.isEmpty() || (!evenIfSmall && waiting.size() < batchSize)) {
            return;
        }
        List<Pooled> batch = new ArrayList<>(waiting.stream().map(row -> open((byte[]) row[1])).toList());
        if (batch.size() < batchSize) {
            batch.addAll(takeBackLatest(survey, batchSize - batch.size()));
        }
        Collections.shuffle(batch, RANDOM);
        // One day for the whole batch: days that differ within it would tell its responses apart again.
        LocalDate storedOn = batch.stream().map(Pooled::submittedOn).max(LocalDate::compareTo).orElseThrow();
        for (Pooled pooled : batch) {
            SurveyResponseEntity response = new SurveyResponseEntity();
            if (pooled.id() != null) {
                response.id = pooled.id();
            }
            response.surveyId = survey;
            response.submittedOn = storedOn;
            response.channel = pooled.channel();
            entityManager.persist(response);
            pooled.answers().forEach(answer -> entityManager.persist(answer.toRow(response.id)));
        }
        entityManager.flush();
        entityManager.createNativeQuery("delete from survey_response_pool where id in (?1)")
                .setParameter(1, waiting.stream().map(row -> (UUID) row[0]).toList()).executeUpdate();
    }

    /**
     * The rest of a closed survey is fewer than a batch; so that it is not alone in its transaction, the latest stored
     * responses are taken back and written out again with it. A survey with fewer responses in all cannot hide them.
     */
    private List<Pooled> takeBackLatest(UUID survey, int count) {
        List<SurveyResponseEntity> latest = entityManager.createQuery("from SurveyResponseEntity r where "
                + "r.surveyId = :survey order by r.submittedOn desc, r.id", SurveyResponseEntity.class)
                .setParameter("survey", survey).setMaxResults(count).getResultList();
        List<Pooled> taken = new ArrayList<>();
        for (SurveyResponseEntity response : latest) {
            List<PooledAnswer> answers = entityManager.createQuery("from SurveyAnswer a where a.responseId = :response",
                    SurveyAnswer.class).setParameter("response", response.id).getResultList().stream()
                    .map(row -> PooledAnswer.of(row, true)).toList();
            taken.add(new Pooled(response.id, response.channel, response.submittedOn, answers));
            entityManager.remove(response);
        }
        entityManager.flush();
        // The rows go in again under the same ids: the session must not hold the removed ones.
        entityManager.clear();
        return taken;
    }

    private byte[] bytes(Pooled pooled) {
        try {
            return json.writeValueAsBytes(pooled);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked response is always writable", e);
        }
    }

    private Pooled open(byte[] sealed) {
        try {
            return json.readValue(sealing.open(PURPOSE, sealed), Pooled.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
