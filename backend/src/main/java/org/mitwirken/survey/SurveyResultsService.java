package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;

/** Results as SQL aggregates. In breakdowns, groups and cells under five responses are suppressed. */
@ApplicationScoped
public class SurveyResultsService {
    static final int MIN_CELL = 5;
    private static final ProblemException.Refinement NOT_PUBLIC_YET = new ProblemException.Refinement(
            "results-not-public-yet", "The results are published when the survey closes");

    @Inject
    SurveyService surveys;

    @Inject
    EntityManager entityManager;

    public SurveyResults results(String slug, String breakdownBy, boolean includeDrafts) {
        Survey survey = surveys.visible(slug, includeDrafts);
        if (!includeDrafts && !survey.resultsPublic(Instant.now())) {
            throw new ProblemException(ProblemType.FORBIDDEN, NOT_PUBLIC_YET, "The results of the survey '"
                    + survey.title + "' are published when it closes (" + survey.closesAt + ").");
        }
        Aggregates all = aggregates(survey, null, null);
        SurveyResults.Breakdown breakdown = null;
        if (breakdownBy != null) {
            SurveyQuestion by = survey.questions.stream().filter(q -> q.slug.equals(breakdownBy)).findFirst()
                    .filter(q -> q.type == QuestionType.SINGLE_CHOICE)
                    .orElseThrow(() -> ValidationProblem.of("breakdown", "must be the slug of a single-choice "
                            + "question of this survey"));
            List<SurveyResults.Group> groups = new ArrayList<>();
            for (ChoiceOption option : by.options) {
                Aggregates group = aggregates(survey, by.id, option.key());
                boolean suppressed = group.responses < MIN_CELL;
                groups.add(new SurveyResults.Group(option.key(), option.label(), suppressed ? null : group.responses,
                        suppressed, suppressed ? List.of() : questionResults(survey, group, true)));
            }
            breakdown = new SurveyResults.Breakdown(by.slug, groups);
        }
        return new SurveyResults(survey.slug, all.responses, questionResults(survey, all, false), breakdown);
    }

    private List<SurveyResults.QuestionResult> questionResults(Survey survey, Aggregates data, boolean suppress) {
        return survey.questions.stream().map(question -> {
            long answered = data.answered.getOrDefault(question.id, 0L);
            List<SurveyResults.OptionResult> options = question.options.stream().map(option -> {
                long[] counts = data.options.getOrDefault(question.id + "|" + option.key(), new long[2]);
                long count = counts[0];
                boolean hidden = suppress && count > 0 && count < MIN_CELL;
                Double share = answered == 0 || hidden ? null : (double) count / answered;
                Double rankScore = null;
                Double meanRank = null;
                if (question.type == QuestionType.RANKING && !hidden && count > 0) {
                    int n = question.options.size();
                    rankScore = (double) (count * (n + 1) - counts[1]) / answered;
                    meanRank = (double) counts[1] / count;
                }
                return new SurveyResults.OptionResult(option.key(), option.label(), hidden ? null : count, share,
                        rankScore, meanRank, hidden);
            }).toList();
            SurveyResults.ScaleResult scale = null;
            if (question.type == QuestionType.SCALE) {
                List<SurveyResults.ValueCount> distribution = new ArrayList<>();
                long sum = 0;
                long total = 0;
                for (int value = question.scaleMin; value <= question.scaleMax; value++) {
                    long count = data.values.getOrDefault(question.id + "|" + value, 0L);
                    sum += count * value;
                    total += count;
                    boolean hidden = suppress && count > 0 && count < MIN_CELL;
                    distribution.add(new SurveyResults.ValueCount(value, hidden ? null : count, hidden));
                }
                scale = new SurveyResults.ScaleResult(total == 0 ? null : (double) sum / total, distribution);
            }
            List<String> texts = question.type == QuestionType.FREE_TEXT
                    ? (suppress ? List.of() : data.texts.getOrDefault(question.id, List.of())) : null;
            return new SurveyResults.QuestionResult(question.slug, question.type, question.title, answered, options,
                    scale, texts);
        }).toList();
    }

    private record Aggregates(long responses, Map<UUID, Long> answered, Map<String, long[]> options,
            Map<String, Long> values, Map<UUID, List<String>> texts) {
    }

    /**
     * One pass over the survey's answers, reached by its questions (no join with the responses), grouped by question
     * and option or value; how many answered a question follows from the groups: every row for most types, the rank-1
     * rows for rankings. Only multiple choice needs a distinct count of responses, in a pass of its own.
     */
    private Aggregates aggregates(Survey survey, UUID byQuestion, String byOption) {
        String filter = byQuestion == null ? "" : " and a.response_id in (select b.response_id from survey_answer b "
                + "where b.question_id = :byQuestion and b.option_key = :byOption)";
        String responseFilter = filter.replace("a.response_id", "r.id");
        long responses = ((Number) byOption(entityManager.createNativeQuery(
                "select count(*) from survey_response r where r.survey_id = :survey" + responseFilter)
                .setParameter("survey", survey.id), byQuestion, byOption).getSingleResult()).longValue();
        List<UUID> questions = survey.questions.stream().map(q -> q.id).toList();
        if (questions.isEmpty()) {
            return new Aggregates(responses, Map.of(), Map.of(), Map.of(), Map.of());
        }
        String from = " from survey_answer a where a.question_id in (:questions)" + filter;
        Map<UUID, Long> answered = new HashMap<>();
        Map<String, long[]> options = new HashMap<>();
        Map<String, Long> values = new HashMap<>();
        rows("select a.question_id, a.option_key, a.number_value, count(*), count(*) filter (where a.rank = 1), "
                + "coalesce(sum(a.rank), 0)" + from + " group by a.question_id, a.option_key, a.number_value",
                questions, byQuestion, byOption).forEach(row -> {
                    UUID question = (UUID) row[0];
                    long count = ((Number) row[3]).longValue();
                    answered.merge(question, typeOf(survey, question) == QuestionType.RANKING
                            ? ((Number) row[4]).longValue() : count, Long::sum);
                    if (row[1] != null) {
                        options.merge(question + "|" + row[1], new long[] { count, ((Number) row[5]).longValue() },
                                (x, y) -> new long[] { x[0] + y[0], x[1] + y[1] });
                    }
                    if (row[2] != null) {
                        values.merge(question + "|" + row[2], count, Long::sum);
                    }
                });
        List<UUID> multipleChoice = survey.questions.stream().filter(q -> q.type == QuestionType.MULTIPLE_CHOICE)
                .map(q -> q.id).toList();
        if (!multipleChoice.isEmpty()) {
            rows("select a.question_id, count(distinct a.response_id)" + from + " group by a.question_id",
                    multipleChoice, byQuestion, byOption)
                    .forEach(row -> answered.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        Map<UUID, List<String>> texts = new HashMap<>();
        rows("select a.question_id, a.text_value" + from + " and a.text_state = 'PUBLISHED' order by a.text_value",
                questions, byQuestion, byOption).forEach(row -> texts.computeIfAbsent((UUID) row[0],
                        q -> new ArrayList<>()).add((String) row[1]));
        return new Aggregates(responses, answered, options, values, texts);
    }

    private static QuestionType typeOf(Survey survey, UUID question) {
        return survey.questions.stream().filter(q -> q.id.equals(question)).findFirst().map(q -> q.type).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<UUID> questions, UUID byQuestion, String byOption) {
        return byOption(entityManager.createNativeQuery(sql).setParameter("questions", questions), byQuestion,
                byOption).getResultList();
    }

    private static Query byOption(Query query, UUID byQuestion, String byOption) {
        if (byQuestion != null) {
            query.setParameter("byQuestion", byQuestion).setParameter("byOption", byOption);
        }
        return query;
    }
}
