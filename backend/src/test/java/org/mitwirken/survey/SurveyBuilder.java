package org.mitwirken.survey;

import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.support.TestData;

/** Builds surveys through the service, the way an admin would; by default open now, one question of each type. */
public final class SurveyBuilder {
    private final String slug = TestData.uniqueSlug("survey");
    private String title = "Befragung";
    private String format;
    private IntegrityMode mode = IntegrityMode.OPEN;
    private ResultsVisibility resultsVisibility = ResultsVisibility.LIVE;
    private Instant opensAt = Instant.now().minusSeconds(3600);
    private Instant closesAt = Instant.now().plusSeconds(3600);
    private final List<QuestionRequest> questions = new ArrayList<>();

    private SurveyBuilder() {
    }

    public static SurveyBuilder aSurvey() {
        return new SurveyBuilder();
    }

    /** One required question of each type, slugs as the type in lower case with hyphens. */
    public SurveyBuilder withEveryQuestionType() {
        questions.add(choice(QuestionType.SINGLE_CHOICE, "single-choice", true, "bus", "rad", "auto"));
        questions.add(choice(QuestionType.MULTIPLE_CHOICE, "multiple-choice", true, "park", "markt", "see"));
        questions.add(new QuestionRequest("scale", QuestionType.SCALE, "Wie zufrieden?", null, true, null,
                new QuestionRequest.Scale(1, 5, "gar nicht", "sehr"), null));
        questions.add(new QuestionRequest("free-text", QuestionType.FREE_TEXT, "Was fehlt?", null, true, null, null,
                100));
        questions.add(choice(QuestionType.RANKING, "ranking", true, "wohnen", "klima", "verkehr"));
        questions.add(choice(QuestionType.LOCATION, "location", true, "lieblingsort", "verbessern"));
        return this;
    }

    public SurveyBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public SurveyBuilder with(QuestionRequest question) {
        questions.add(question);
        return this;
    }

    public SurveyBuilder resultsAfterClose() {
        this.resultsVisibility = ResultsVisibility.AFTER_CLOSE;
        return this;
    }

    public SurveyBuilder mode(IntegrityMode mode) {
        this.mode = mode;
        return this;
    }

    public SurveyBuilder window(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        return this;
    }

    public SurveyBuilder onFormat(String formatSlug) {
        this.format = formatSlug;
        return this;
    }

    public static QuestionRequest choice(QuestionType type, String slug, boolean required, String... keys) {
        return new QuestionRequest(slug, type, "Frage " + slug, "Hilfe", required,
                java.util.Arrays.stream(keys).map(key -> new ChoiceOption(key, "Option " + key)).toList(), null, null);
    }

    public SurveyRequest request() {
        String formatSlug = format != null ? format : aFormatIn(aProcess().create().slug()).create().slug();
        return new SurveyRequest(formatSlug, slug, title, "Beschreibung", mode, resultsVisibility, opensAt,
                closesAt, List.copyOf(questions), null);
    }

    public SurveyView create() {
        return CDI.current().select(SurveyService.class).get().create(request());
    }

    /** Valid answers to the questions {@link #withEveryQuestionType()} adds. */
    public static Map<String, Object> answersToEveryQuestion() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("single-choice", Map.of("choice", "bus"));
        answers.put("multiple-choice", Map.of("choices", List.of("park", "see")));
        answers.put("scale", Map.of("value", 4));
        answers.put("free-text", Map.of("text", "Mehr Bäume am Stiftsplatz"));
        answers.put("ranking", Map.of("ranking", List.of("klima", "wohnen", "verkehr")));
        answers.put("location", Map.of("location", Map.of("lon", 7.77, "lat", 49.44),
                "category", "lieblingsort"));
        return answers;
    }
}
