package org.mitwirken.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.choice;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.geo.Point;
import org.mitwirken.integrity.Participant;

@QuarkusTest
@DisplayName("Survey results")
class SurveyResultsTest {
    private static final List<String> MODES = List.of("bus", "rad", "auto");
    private static final List<String> PLACES = List.of("park", "markt", "see");
    private static final List<String> FIELDS = List.of("wohnen", "klima", "verkehr");
    private static final List<String> CATEGORIES = List.of("lieblingsort", "verbessern");

    @Inject
    SubmissionService submissions;

    /** What the test expects, counted while it generates the responses. */
    static final class Expected {
        final Map<String, Long> counts = new HashMap<>();
        final Map<String, Long> rankSums = new HashMap<>();
        long scaleSum;
        long scaleTotal;

        void count(String key) {
            counts.merge(key, 1L, Long::sum);
        }

        long of(String key) {
            return counts.getOrDefault(key, 0L);
        }
    }

    @Test
    @DisplayName("1,000 generated responses give the counts, shares, mean and rank scores computed independently")
    void resultsMatchIndependentComputation() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        Random random = new Random(20240320);
        Expected all = new Expected();
        Map<String, Expected> byMode = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            // "auto" is chosen exactly three times, so its breakdown group must be suppressed.
            String mode = i < 3 ? "auto" : MODES.get(random.nextInt(2));
            List<String> places = PLACES.stream().filter(p -> random.nextBoolean()).toList();
            places = places.isEmpty() ? List.of("see") : places;
            int scale = 1 + random.nextInt(5);
            List<String> ranking = new ArrayList<>(FIELDS);
            Collections.shuffle(ranking, random);
            String category = CATEGORIES.get(random.nextInt(2));
            submissions.submit(survey.slug(), new SubmissionRequest(Map.of(
                    "single-choice", answer(mode, null, null, null, null, null),
                    "multiple-choice", answer(null, places, null, null, null, null),
                    "scale", answer(null, null, scale, null, null, null),
                    "free-text", answer(null, null, null, "Antwort " + i, null, null),
                    "ranking", answer(null, null, null, null, ranking, null),
                    "location", answer(null, null, null, null, null, category)), null), Participant.SERVER);
            for (Expected expected : List.of(all, byMode.computeIfAbsent(mode, m -> new Expected()))) {
                expected.count("single-choice|" + mode);
                places.forEach(p -> expected.count("multiple-choice|" + p));
                expected.count("scale|" + scale);
                expected.scaleSum += scale;
                expected.scaleTotal++;
                for (int rank = 1; rank <= ranking.size(); rank++) {
                    expected.count("ranking|" + ranking.get(rank - 1));
                    expected.rankSums.merge(ranking.get(rank - 1), (long) rank, Long::sum);
                }
                expected.count("location|" + category);
            }
        }

        SurveyResults results = api().queryParam("breakdown", "single-choice").when()
                .get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                .extract().as(SurveyResults.class);
        assertEquals(1000, results.responses());
        check(results.questions(), all, 1000, false);

        // Alone, "auto" would be the totals minus the other two, so the smaller of them is withheld with it.
        String companion = byMode.get("bus").of("single-choice|bus") <= byMode.get("rad").of("single-choice|rad")
                ? "bus" : "rad";
        String shown = companion.equals("bus") ? "rad" : "bus";
        for (String mode : List.of("auto", companion)) {
            SurveyResults.Group group = group(results, mode);
            assertTrue(group.suppressed(), mode);
            assertNull(group.responses());
            assertTrue(group.questions().isEmpty());
        }
        long size = byMode.get(shown).of("single-choice|" + shown);
        assertEquals(size, group(results, shown).responses());
        check(group(results, shown).questions(), byMode.get(shown), size, true);
    }

    @Test
    @DisplayName("a group of three is not left for the totals to give away: the next-smallest group is withheld with "
            + "it, and nothing withheld can be recovered from the totals and the shown group")
    void smallGroupIsNotAlone() {
        SurveyView survey = aSurvey().withEveryQuestionType().create();
        List<Integer> busScale = List.of(1, 1, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5);
        List<Integer> radScale = List.of(3, 3, 3, 1, 2, 2);
        List<Integer> autoScale = List.of(5, 5, 4);
        Map<String, Expected> byMode = new HashMap<>();
        for (String mode : MODES) {
            List<Integer> scales = Map.of("bus", busScale, "rad", radScale, "auto", autoScale).get(mode);
            Expected expected = byMode.computeIfAbsent(mode, m -> new Expected());
            for (int i = 0; i < scales.size(); i++) {
                List<String> places = List.of(PLACES.get(i % 3), PLACES.get((i + 1) % 3)).subList(0, 1 + i % 2);
                List<String> ranking = List.of(FIELDS.get(i % 3), FIELDS.get((i + 1) % 3), FIELDS.get((i + 2) % 3));
                String category = CATEGORIES.get(i % 4 == 0 ? 1 : 0);
                submissions.submit(survey.slug(), new SubmissionRequest(Map.of(
                        "single-choice", answer(mode, null, null, null, null, null),
                        "multiple-choice", answer(null, places, null, null, null, null),
                        "scale", answer(null, null, scales.get(i), null, null, null),
                        "free-text", answer(null, null, null, "Antwort " + i, null, null),
                        "ranking", answer(null, null, null, null, ranking, null),
                        "location", answer(null, null, null, null, null, category)), null), Participant.SERVER);
                expected.count("single-choice|" + mode);
                places.forEach(p -> expected.count("multiple-choice|" + p));
                expected.count("scale|" + scales.get(i));
                ranking.forEach(field -> expected.count("ranking|" + field));
                expected.count("location|" + category);
            }
        }

        SurveyResults results = api().queryParam("breakdown", "single-choice").when()
                .get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                .extract().as(SurveyResults.class);
        assertEquals(List.of("rad", "auto"), results.breakdown().groups().stream()
                .filter(SurveyResults.Group::suppressed).map(SurveyResults.Group::key).toList());
        SurveyResults.Group bus = group(results, "bus");
        assertEquals(9, results.responses() - bus.responses(), "the totals minus the shown group: rad and auto");
        // Bus's 2 and 4 are small; its 6 goes too, since the overall count minus 6 would be auto's 2 (rad has no 5).
        SurveyResults.ScaleResult busScaleResult = question(bus, "scale").scale();
        assertEquals(Arrays.asList(null, 0L, null, 0L, null),
                busScaleResult.distribution().stream().map(SurveyResults.ValueCount::count).toList());
        assertNull(busScaleResult.mean(), "with the mean, the two withheld cells would follow from the visible ones");

        results.questions().forEach(overall -> assertNothingRecoverable(results, overall.question(), byMode));
    }

    /**
     * Builds the question's table by group from the counts the test generated and what the response withholds, and lets
     * {@link SubtractionAttack} try every sum and difference: no withheld cell of the shown group and no small cell of a
     * withheld group may come out, unless it would even with every cell withheld.
     */
    private static void assertNothingRecoverable(SurveyResults results, String question, Map<String, Expected> byMode) {
        SurveyResults.QuestionResult overall = results.questions().stream()
                .filter(q -> q.question().equals(question)).findFirst().orElseThrow();
        List<String> cells = overall.type() == QuestionType.SCALE
                ? overall.scale().distribution().stream().map(cell -> String.valueOf(cell.value())).toList()
                : overall.options().stream().map(SurveyResults.OptionResult::key).toList();
        int rows = MODES.size();
        long[][] counts = new long[rows][cells.size()];
        boolean[][] withheld = new boolean[rows][cells.size()];
        boolean[][] everything = new boolean[rows][cells.size()];
        boolean[] shown = new boolean[rows];
        boolean[] meanPublished = new boolean[rows];
        for (int row = 0; row < rows; row++) {
            SurveyResults.Group group = group(results, MODES.get(row));
            shown[row] = !group.suppressed();
            SurveyResults.QuestionResult published = shown[row] ? question(group, question) : null;
            for (int cell = 0; cell < cells.size(); cell++) {
                counts[row][cell] = byMode.get(MODES.get(row)).of(question + "|" + cells.get(cell));
                withheld[row][cell] = published == null || (published.scale() != null
                        ? published.scale().distribution().get(cell).suppressed()
                        : published.options().get(cell).suppressed());
                everything[row][cell] = true;
            }
            meanPublished[row] = published != null && published.scale() != null && published.scale().mean() != null;
        }
        Set<String> recovered = SubtractionAttack.recovered(counts, withheld, meanPublished);
        Set<String> recoveredAnyway = SubtractionAttack.recovered(counts, everything, new boolean[rows]);
        for (int row = 0; row < rows; row++) {
            for (int cell = 0; cell < cells.size(); cell++) {
                long count = counts[row][cell];
                boolean secret = withheld[row][cell] && count > 0 && (shown[row] || count < 5);
                String at = row + "," + cell;
                assertTrue(!secret || !recovered.contains(at) || recoveredAnyway.contains(at),
                        question + ": " + MODES.get(row) + " " + cells.get(cell) + " can be recovered");
            }
        }
    }

    @Test
    @DisplayName("two single-choice questions, each the breakdown of the other: the two breakdowns together give away "
            + "none of the cells they withhold (the pentester's table, whose 3, 3 and 4 the old patterns gave away)")
    void breakdownsByEachOtherGiveNothingAwayTogether() {
        SurveyView survey = aSurvey().with(choice(QuestionType.SINGLE_CHOICE, "bezirk", true, "nord", "mitte", "sued"))
                .with(choice(QuestionType.SINGLE_CHOICE, "alter", true, "jung", "mittel", "alt")).create();
        // A row per district and one for those who skipped the question, a column per age group and one for those
        // who skipped that; both questions are required.
        long[][] table = { { 3, 0, 3, 0 }, { 6, 10, 16, 0 }, { 10, 15, 4, 0 }, { 0, 0, 0, 0 } };
        CrossTable cross = new CrossTable(survey, "bezirk", List.of("nord", "mitte", "sued"), "alter",
                List.of("jung", "mittel", "alt"), table);
        cross.submit(submissions);

        boolean[][] withheld = cross.withheldInBoth();
        assertTrue(withheld[0][0] && withheld[0][2] && withheld[2][2], "the 3, 3 and 4 are withheld in both");
        Set<String> recovered = SubtractionAttack.recovered(table, withheld);
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                assertTrue(!withheld[row][column] || !recovered.contains(row + "," + column), cross.rowOptions.get(row)
                        + " × " + cross.columnOptions.get(column) + " (" + table[row][column]
                        + ") follows from what both breakdowns show");
            }
        }
        assertEquals(List.of(), cross.disagreements, "cells one breakdown withholds and the other shows");
    }

    @Test
    @DisplayName("two optional single-choice questions with small groups on both sides: what the two breakdowns show "
            + "together, with those who skipped either question, gives away no withheld cell")
    void breakdownsByEachOtherWithSkipsAndWithheldGroups() {
        SurveyView survey = aSurvey().with(choice(QuestionType.SINGLE_CHOICE, "weg", false, "bus", "rad", "auto",
                "zu-fuss")).with(choice(QuestionType.SINGLE_CHOICE, "zufrieden", false, "ja", "teils", "nein"))
                .create();
        long[][] table = { { 9, 2, 1, 1 }, { 7, 6, 3, 0 }, { 1, 0, 2, 0 }, { 14, 3, 8, 2 }, { 1, 2, 0, 1 } };
        CrossTable cross = new CrossTable(survey, "weg", List.of("bus", "rad", "auto", "zu-fuss"), "zufrieden",
                List.of("ja", "teils", "nein"), table);
        cross.submit(submissions);

        boolean[][] withheld = cross.withheldInBoth();
        assertTrue(cross.shownRows[0] && !cross.shownRows[2], "bus is shown, auto (3) is withheld");
        assertTrue(withheld[0][1] && withheld[1][2], "small cells of shown groups are withheld");
        // Those who skipped a question in a shown group are published (its size minus how many in it answered);
        // nothing can keep them from the attacker, so they do not count as withheld when asking what he gets anyway.
        boolean[][] withheldAtMost = new boolean[table.length][table[0].length];
        for (int row = 0; row < table.length; row++) {
            for (int column = 0; column < table[row].length; column++) {
                boolean skipped = row == table.length - 1 || column == table[row].length - 1;
                withheldAtMost[row][column] = !(skipped && (cross.shownRows[row] || cross.shownColumns[column]));
            }
        }
        Set<String> recovered = SubtractionAttack.recovered(table, withheld);
        Set<String> recoveredAnyway = SubtractionAttack.recovered(table, withheldAtMost);
        for (int row = 0; row < table.length; row++) {
            for (int column = 0; column < table[row].length; column++) {
                long count = table[row][column];
                boolean secret = withheld[row][column] && count > 0
                        && (cross.shownRows[row] || cross.shownColumns[column] || count < 5);
                String cell = row + "," + column;
                assertTrue(!secret || !recovered.contains(cell) || recoveredAnyway.contains(cell),
                        "cell " + cell + " (" + count + ") follows from what both breakdowns show");
            }
        }
        assertEquals(List.of(), cross.disagreements, "cells one breakdown withholds and the other shows");
    }

    /**
     * Two single-choice questions' cross table: a row per option of the first and one for those who skipped it, a
     * column per option of the second and one for those who skipped that.
     */
    private static final class CrossTable {
        final SurveyView survey;
        final String rowQuestion;
        final List<String> rowOptions;
        final String columnQuestion;
        final List<String> columnOptions;
        final long[][] table;
        final boolean[] shownRows;
        final boolean[] shownColumns;
        final List<String> disagreements = new ArrayList<>();

        CrossTable(SurveyView survey, String rowQuestion, List<String> rowOptions, String columnQuestion,
                List<String> columnOptions, long[][] table) {
            this.survey = survey;
            this.rowQuestion = rowQuestion;
            this.rowOptions = rowOptions;
            this.columnQuestion = columnQuestion;
            this.columnOptions = columnOptions;
            this.table = table;
            shownRows = new boolean[table.length];
            shownColumns = new boolean[table[0].length];
        }

        /** One response per person the table counts, answering or skipping each question accordingly. */
        void submit(SubmissionService submissions) {
            for (int row = 0; row < table.length; row++) {
                for (int column = 0; column < table[row].length; column++) {
                    for (long i = 0; i < table[row][column]; i++) {
                        Map<String, SubmissionRequest.Answer> answers = new HashMap<>();
                        if (row < rowOptions.size()) {
                            answers.put(rowQuestion, answer(rowOptions.get(row), null, null, null, null, null));
                        }
                        if (column < columnOptions.size()) {
                            answers.put(columnQuestion, answer(columnOptions.get(column), null, null, null, null,
                                    null));
                        }
                        submissions.submit(survey.slug(), new SubmissionRequest(answers, null), Participant.SERVER);
                    }
                }
            }
        }

        /**
         * Fetches the breakdown by either question and puts together what they show: the cells of shown groups that
         * are not suppressed (each checked against the table), and in a shown group those who skipped the other
         * question (its size minus how many in it answered). Cells both breakdowns show but only one withholds go to
         * {@link #disagreements}.
         *
         * @return per cell, whether neither breakdown shows it
         */
        boolean[][] withheldInBoth() {
            boolean[][] withheld = new boolean[table.length][table[0].length];
            Arrays.stream(withheld).forEach(row -> Arrays.fill(row, true));
            Map<String, Boolean> suppressedByRows = new HashMap<>();
            for (SurveyResults.Group group : breakdown(rowQuestion).breakdown().groups()) {
                int row = rowOptions.indexOf(group.key());
                shownRows[row] = !group.suppressed();
                if (shownRows[row]) {
                    SurveyResults.QuestionResult cells = question(group, columnQuestion);
                    assertEquals(table[row][columnOptions.size()], group.responses() - cells.answered());
                    withheld[row][columnOptions.size()] = false;
                    for (int column = 0; column < columnOptions.size(); column++) {
                        SurveyResults.OptionResult cell = cells.options().get(column);
                        assertEquals(cell.suppressed() ? null : table[row][column], cell.count());
                        withheld[row][column] &= cell.suppressed();
                        suppressedByRows.put(row + "," + column, cell.suppressed());
                    }
                }
            }
            for (SurveyResults.Group group : breakdown(columnQuestion).breakdown().groups()) {
                int column = columnOptions.indexOf(group.key());
                shownColumns[column] = !group.suppressed();
                if (shownColumns[column]) {
                    SurveyResults.QuestionResult cells = question(group, rowQuestion);
                    assertEquals(table[rowOptions.size()][column], group.responses() - cells.answered());
                    withheld[rowOptions.size()][column] = false;
                    for (int row = 0; row < rowOptions.size(); row++) {
                        SurveyResults.OptionResult cell = cells.options().get(row);
                        assertEquals(cell.suppressed() ? null : table[row][column], cell.count());
                        withheld[row][column] &= cell.suppressed();
                        Boolean byRows = suppressedByRows.get(row + "," + column);
                        if (byRows != null && byRows != cell.suppressed()) {
                            disagreements.add(rowOptions.get(row) + " × " + columnOptions.get(column));
                        }
                    }
                }
            }
            return withheld;
        }

        private SurveyResults breakdown(String question) {
            return api().queryParam("breakdown", question).when()
                    .get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                    .extract().as(SurveyResults.class);
        }
    }

    @Test
    @TestSecurity(user = "mona", roles = "moderator")
    @DisplayName("free texts appear in the public results only after a moderator published them")
    void freeTextsAfterModeration() {
        SurveyView survey = aSurvey().with(new QuestionRequest("idee", QuestionType.FREE_TEXT, "Ihre Idee", null, true,
                null, null, 200)).create();
        for (String text : List.of("Mehr Bänke", "Beleidigung")) {
            submissions.submit(survey.slug(), new SubmissionRequest(Map.of("idee",
                    answer(null, null, null, text, null, null)), null), Participant.SERVER);
        }
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then()
                .body("questions[0].answered", equalTo(2)).body("questions[0].texts", empty());

        List<Map<String, Object>> pending = api().queryParam("survey", survey.slug())
                .when().get("/api/v1/moderation/survey-answers").then().statusCode(200).extract().path("$");
        assertEquals(2, pending.size());
        for (Map<String, Object> item : pending) {
            String state = "Mehr Bänke".equals(item.get("text")) ? "PUBLISHED" : "HIDDEN";
            api().contentType(ContentType.JSON).body(Map.of("state", state))
                    .when().put("/api/v1/moderation/survey-answers/" + item.get("id") + "/state")
                    .then().statusCode(204);
        }
        api().when().get("/api/v1/surveys/" + survey.slug() + "/results").then()
                .body("questions[0].texts", contains("Mehr Bänke"));
    }

    @Test
    @DisplayName("a location question's points are counted by squares of about a kilometre, each with its categories; "
            + "squares with fewer than five points are only counted together, and breakdown groups show no squares")
    void locationsBySquares() {
        SurveyView survey = aSurvey().with(choice(QuestionType.SINGLE_CHOICE, "wohnort", true, "innen", "aussen"))
                .with(choice(QuestionType.LOCATION, "ort", false, "lieblingsort", "verbessern")).create();
        Point stiftsplatz = new Point(7.7695, 49.4437);
        Point humbergturm = new Point(7.7540, 49.4180);
        List<String> categories = List.of("lieblingsort", "lieblingsort", "verbessern", "lieblingsort", "verbessern",
                "lieblingsort");
        for (int i = 0; i < categories.size(); i++) {
            Point near = new Point(stiftsplatz.lon() + i * 1e-5, stiftsplatz.lat() - i * 1e-5);
            place(survey, i % 2 == 0 ? "innen" : "aussen", near, categories.get(i));
        }
        place(survey, "innen", humbergturm, "verbessern");
        place(survey, "aussen", humbergturm, "lieblingsort");
        place(survey, "aussen", null, null);

        SurveyResults results = api().queryParam("breakdown", "wohnort").when()
                .get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(200)
                .extract().as(SurveyResults.class);
        SurveyResults.LocationResult areas = results.questions().get(1).areas();
        assertEquals(1000, areas.cellMetres());
        assertEquals(2, areas.withheld());
        assertEquals(1, areas.cells().size());
        SurveyResults.AreaCount square = areas.cells().get(0);
        assertEquals(6, square.count());
        assertEquals(List.of(new SurveyResults.CategoryCount("lieblingsort", 4),
                new SurveyResults.CategoryCount("verbessern", 2)), square.options());
        double west = square.bbox().get(0);
        double south = square.bbox().get(1);
        double east = square.bbox().get(2);
        double north = square.bbox().get(3);
        assertTrue(west <= stiftsplatz.lon() && stiftsplatz.lon() < east && south <= stiftsplatz.lat()
                && stiftsplatz.lat() < north, "the square holds the points: " + square.bbox());
        double middle = Math.toRadians((south + north) / 2);
        assertEquals(1000, (north - south) * 111_320, 1, "height in metres");
        // The squares of a degree of latitude share one width, so they line up: square within 2 % at 49° N.
        assertEquals(1000, (east - west) * 111_320 * Math.cos(middle), 20, "width in metres");

        assertNull(results.questions().get(0).areas(), "only location questions have squares");
        for (SurveyResults.Group group : results.breakdown().groups()) {
            assertTrue(group.questions().stream().allMatch(q -> q.areas() == null), group.key());
        }
    }

    private void place(SurveyView survey, String home, Point point, String category) {
        Map<String, SubmissionRequest.Answer> answers = new HashMap<>();
        answers.put("wohnort", answer(home, null, null, null, null, null));
        if (point != null) {
            answers.put("ort", new SubmissionRequest.Answer(null, null, null, null, null, point, category));
        }
        submissions.submit(survey.slug(), new SubmissionRequest(answers, null), Participant.SERVER);
    }

    @Test
    @DisplayName("a breakdown needs a single-choice question of the survey")
    void breakdownMustBeSingleChoice() {
        SurveyView survey = aSurvey().withEveryQuestionType().with(choice(QuestionType.SINGLE_CHOICE, "extra", false,
                "a", "b")).create();
        org.mitwirken.support.Contract.badRequest().queryParam("breakdown", "scale")
                .when().get("/api/v1/surveys/" + survey.slug() + "/results").then().statusCode(400)
                .body("violations.field", contains("breakdown"));
    }

    private static void check(List<SurveyResults.QuestionResult> questions, Expected expected, long responses,
            boolean suppressSmall) {
        Map<String, SurveyResults.QuestionResult> byQuestion = new HashMap<>();
        questions.forEach(q -> byQuestion.put(q.question(), q));
        for (String question : List.of("single-choice", "multiple-choice", "ranking", "location")) {
            SurveyResults.QuestionResult result = byQuestion.get(question);
            assertEquals(responses, result.answered(), question);
            for (SurveyResults.OptionResult option : result.options()) {
                long count = expected.of(question + "|" + option.key());
                if (suppressSmall && count > 0 && count < 5) {
                    assertTrue(option.suppressed(), question + " " + option.key());
                    assertNull(option.count());
                    continue;
                }
                assertEquals(count, option.count(), question + " " + option.key());
                assertEquals((double) count / responses, option.share(), 1e-9, question + " " + option.key());
                if (question.equals("ranking")) {
                    long rankSum = expected.rankSums.get(option.key());
                    assertEquals((double) (count * 4 - rankSum) / responses, option.rankScore(), 1e-9);
                    assertEquals((double) rankSum / count, option.meanRank(), 1e-9);
                }
            }
        }
        SurveyResults.ScaleResult scale = byQuestion.get("scale").scale();
        assertEquals((double) expected.scaleSum / expected.scaleTotal, scale.mean(), 1e-9);
        scale.distribution().forEach(cell -> {
            long count = expected.of("scale|" + cell.value());
            assertEquals(suppressSmall && count > 0 && count < 5 ? null : count, cell.count());
        });
    }

    private static SurveyResults.QuestionResult question(SurveyResults.Group group, String slug) {
        return group.questions().stream().filter(q -> q.question().equals(slug)).findFirst().orElseThrow();
    }

    private static SurveyResults.Group group(SurveyResults results, String key) {
        return results.breakdown().groups().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    }

    private static SubmissionRequest.Answer answer(String choice, List<String> choices, Integer value, String text,
            List<String> ranking, String category) {
        return new SubmissionRequest.Answer(choice, choices, value, text, ranking,
                category == null ? null : new Point(7.75 + Math.random() / 20, 49.43 + Math.random() / 50), category);
    }
}
