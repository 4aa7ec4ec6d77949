package org.mitwirken.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;

/**
 * Results as SQL aggregates. In breakdowns, groups and cells under five responses are withheld, and as many more as
 * {@link ComplementarySuppression} needs so that none of them can be worked out from the totals.
 */
@ApplicationScoped
public class SurveyResultsService {
    private static final long[] NO_COUNTS = new long[2];
    /** Location answers are shown by squares of this edge: wide enough to name a part of town, not a house. */
    static final int CELL_METRES = 1000;
    /** A square's height in degrees of latitude (a degree of latitude is about 111.32 km everywhere). */
    private static final double CELL_DEGREES = CELL_METRES / 111_320.0;
    private static final ProblemException.Refinement NOT_PUBLIC_YET = new ProblemException.Refinement(
            SurveyCode.RESULTS_NOT_PUBLIC_YET);

    @Inject
    SurveyService surveys;

    @Inject
    EntityManager entityManager;

    public SurveyResults results(String slug, String breakdownBy, boolean includeDrafts) {
        Survey survey = surveys.visible(slug, includeDrafts);
        if (!includeDrafts && !survey.resultsPublic(Instant.now())) {
            throw new ProblemException(ProblemType.FORBIDDEN, NOT_PUBLIC_YET, SurveyCode.RESULTS_NOT_PUBLIC_YET,
                    Map.of("title", survey.title, "closesAt", survey.closesAt));
        }
        Aggregates all = aggregates(survey, null, null);
        SurveyResults.Breakdown breakdown = breakdownBy == null ? null
                : breakdown(survey, all, breakdownQuestion(survey, breakdownBy));
        return new SurveyResults(survey.slug, all.responses, questionResults(survey, all, Map.of(), true), breakdown);
    }

    private static SurveyQuestion breakdownQuestion(Survey survey, String slug) {
        return survey.questions.stream().filter(q -> q.slug.equals(slug)).findFirst()
                .filter(q -> q.type == QuestionType.SINGLE_CHOICE)
                .orElseThrow(() -> ValidationProblem.of("breakdown", SurveyCode.NOT_SINGLE_CHOICE));
    }

    private SurveyResults.Breakdown breakdown(Survey survey, Aggregates all, SurveyQuestion by) {
        List<Aggregates> groups = by.options.stream().map(option -> aggregates(survey, by.id, option.key())).toList();
        boolean[] hiddenGroups = ComplementarySuppression.hiddenGroups(
                groups.stream().mapToLong(Aggregates::responses).toArray(), all.responses);
        List<Map<UUID, boolean[]>> hiddenCells = hiddenCells(survey, all, by, groups, hiddenGroups);
        List<SurveyResults.Group> results = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            ChoiceOption option = by.options.get(i);
            boolean hidden = hiddenGroups[i];
            results.add(new SurveyResults.Group(option.key(), option.label(), hidden ? null : groups.get(i).responses,
                    hidden, hidden ? List.of() : questionResults(survey, groups.get(i), hiddenCells.get(i), false)));
        }
        return new SurveyResults.Breakdown(by.slug, results);
    }

    /**
     * Per group, per question, which cells are withheld. Each question's table has a row per group and one more for
     * those who skipped the breakdown question: the totals minus the groups, as anyone can compute it. Another
     * single-choice question's table is the cross table the breakdown by that question publishes as well, transposed,
     * so both are withheld alike ({@link #hiddenCrossCells}).
     */
    private static List<Map<UUID, boolean[]>> hiddenCells(Survey survey, Aggregates all, SurveyQuestion by,
            List<Aggregates> groups, boolean[] hiddenGroups) {
        List<Map<UUID, boolean[]>> perGroup = new ArrayList<>();
        boolean[] shownRows = new boolean[groups.size() + 1];
        for (int i = 0; i < groups.size(); i++) {
            perGroup.add(new HashMap<>());
            shownRows[i] = !hiddenGroups[i];
        }
        for (SurveyQuestion question : survey.questions) {
            long[][] counts = new long[groups.size() + 1][];
            long[] skipped = cells(question, all);
            for (int i = 0; i < groups.size(); i++) {
                counts[i] = cells(question, groups.get(i));
                for (int cell = 0; cell < skipped.length; cell++) {
                    skipped[cell] -= counts[i][cell];
                }
            }
            counts[groups.size()] = skipped;
            boolean[][] hidden = question.type == QuestionType.SINGLE_CHOICE && !question.id.equals(by.id)
                    ? hiddenCrossCells(question, all, by, groups, counts, shownRows)
                    : ComplementarySuppression.hiddenCells(counts, shownRows);
            for (int i = 0; i < groups.size(); i++) {
                perGroup.get(i).put(question.id, hidden[i]);
            }
        }
        return perGroup;
    }

    /**
     * The cells of another single-choice question: its cross table with the breakdown question gets one more column,
     * those who skipped it (a group's size minus how many in it answered; for the skipped row what remains of those
     * who skipped the breakdown question), and the groups the breakdown by it shows, decided from its overall counts
     * as that breakdown decides them. Both breakdowns compute the same pattern from the same table, protected with
     * the question first by slug as rows.
     *
     * @param counts the question's table: a row per group and one for those who skipped the breakdown question
     * @return per row of {@code counts}, which of the question's cells are withheld
     */
    private static boolean[][] hiddenCrossCells(SurveyQuestion question, Aggregates all, SurveyQuestion by,
            List<Aggregates> groups, long[][] counts, boolean[] shownRows) {
        int options = question.options.size();
        long[][] table = new long[counts.length][options + 1];
        long skippedBy = all.responses;
        for (int row = 0; row < counts.length; row++) {
            System.arraycopy(counts[row], 0, table[row], 0, options);
            long answered = Arrays.stream(counts[row]).sum();
            if (row < groups.size()) {
                table[row][options] = groups.get(row).responses - answered;
                skippedBy -= groups.get(row).responses;
            } else {
                table[row][options] = skippedBy - answered;
            }
        }
        long[] overall = cells(question, all);
        boolean[] hiddenColumns = ComplementarySuppression.hiddenGroups(overall, all.responses);
        boolean[] shownColumns = new boolean[options + 1];
        for (int column = 0; column < options; column++) {
            shownColumns[column] = !hiddenColumns[column];
        }
        boolean[][] hidden = ComplementarySuppression.hiddenCrossCells(table, shownRows, shownColumns,
                by.slug.compareTo(question.slug) < 0);
        boolean[][] cells = new boolean[counts.length][];
        for (int row = 0; row < counts.length; row++) {
            cells[row] = Arrays.copyOf(hidden[row], options);
        }
        return cells;
    }

    /** A question's counts in the order its results list them: per scale value, or per option; none for free text. */
    private static long[] cells(SurveyQuestion question, Aggregates data) {
        if (question.type == QuestionType.SCALE) {
            return IntStream.rangeClosed(question.scaleMin, question.scaleMax)
                    .mapToLong(value -> data.values.getOrDefault(question.id + "|" + value, 0L)).toArray();
        }
        return question.options.stream()
                .mapToLong(option -> data.options.getOrDefault(question.id + "|" + option.key(), NO_COUNTS)[0])
                .toArray();
    }

    /**
     * @param hiddenCells per question, which of its cells are withheld; questions not in it withhold none
     * @param overall the results of the whole survey, not of a breakdown's group: only these carry free texts and
     *        where the points of location questions are, so neither can be linked to another answer
     */
    private List<SurveyResults.QuestionResult> questionResults(Survey survey, Aggregates data,
            Map<UUID, boolean[]> hiddenCells, boolean overall) {
        return survey.questions.stream().map(question -> {
            long answered = data.answered.getOrDefault(question.id, 0L);
            boolean[] hiddenRow = hiddenCells.getOrDefault(question.id, new boolean[cells(question, data).length]);
            List<SurveyResults.OptionResult> options = IntStream.range(0, question.options.size()).mapToObj(i -> {
                ChoiceOption option = question.options.get(i);
                long[] counts = data.options.getOrDefault(question.id + "|" + option.key(), NO_COUNTS);
                long count = counts[0];
                boolean hidden = hiddenRow[i];
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
                    boolean hidden = hiddenRow[value - question.scaleMin];
                    distribution.add(new SurveyResults.ValueCount(value, hidden ? null : count, hidden));
                }
                boolean noMean = total == 0 || ComplementarySuppression.withholdsMean(hiddenRow);
                scale = new SurveyResults.ScaleResult(noMean ? null : (double) sum / total, distribution);
            }
            List<String> texts = question.type == QuestionType.FREE_TEXT
                    ? (overall ? data.texts.getOrDefault(question.id, List.of()) : List.of()) : null;
            SurveyResults.LocationResult areas = question.type == QuestionType.LOCATION && overall ? areas(question)
                    : null;
            return new SurveyResults.QuestionResult(question.slug, question.type, question.title, answered, options,
                    scale, texts, areas);
        }).toList();
    }

    /**
     * The points of a location question counted by squares of about {@link #CELL_METRES}: rows of latitude, cut into
     * steps of longitude as wide as a row is high in the middle of its degree of latitude, so the squares stay square
     * away from the equator and line up in columns across a city. Squares with fewer than
     * {@link ComplementarySuppression#MIN_COUNT} points are only counted together: a single point in a quiet corner
     * may be someone's home.
     */
    private SurveyResults.LocationResult areas(SurveyQuestion question) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select floor(a.latitude / :step), "
                + "floor(a.longitude * cos(radians(floor((floor(a.latitude / :step) + 0.5) * :step) + 0.5)) / :step), "
                + "a.option_key, count(*) from survey_answer a where a.question_id = :question "
                + "and a.latitude is not null group by 1, 2, 3").setParameter("step", CELL_DEGREES)
                .setParameter("question", question.id).getResultList();
        List<String> keys = question.options.stream().map(ChoiceOption::key).toList();
        Map<List<Long>, long[]> cells = new HashMap<>();
        for (Object[] row : rows) {
            int option = keys.indexOf((String) row[2]);
            if (option >= 0) {
                cells.computeIfAbsent(List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                        cell -> new long[keys.size()])[option] += ((Number) row[3]).longValue();
            }
        }
        List<SurveyResults.AreaCount> shown = new ArrayList<>();
        long withheld = 0;
        for (Map.Entry<List<Long>, long[]> cell : cells.entrySet()) {
            long count = Arrays.stream(cell.getValue()).sum();
            if (count < ComplementarySuppression.MIN_COUNT) {
                withheld += count;
                continue;
            }
            List<SurveyResults.CategoryCount> options = IntStream.range(0, keys.size())
                    .mapToObj(i -> new SurveyResults.CategoryCount(keys.get(i), cell.getValue()[i])).toList();
            shown.add(new SurveyResults.AreaCount(square(cell.getKey().get(0), cell.getKey().get(1)), count, options));
        }
        shown.sort(Comparator.comparingLong(SurveyResults.AreaCount::count).reversed()
                .thenComparing(area -> area.bbox().get(1)).thenComparing(area -> area.bbox().get(0)));
        return new SurveyResults.LocationResult(CELL_METRES, shown, withheld);
    }

    /** West, south, east and north of the square in this row and column, rounded to about ten centimetres. */
    private static List<Double> square(long row, long column) {
        double width = CELL_DEGREES / Math.cos(Math.toRadians(Math.floor((row + 0.5) * CELL_DEGREES) + 0.5));
        return List.of(round(column * width), round(row * CELL_DEGREES), round((column + 1) * width),
                round((row + 1) * CELL_DEGREES));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
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
