package org.mitwirken.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mitwirken.common.geo.Point;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.survey.ChoiceOption;
import org.mitwirken.survey.QuestionRequest;
import org.mitwirken.survey.QuestionType;
import org.mitwirken.survey.ResultsVisibility;
import org.mitwirken.survey.SubmissionRequest;
import org.mitwirken.survey.SurveyRequest;

/**
 * The questionnaire of 20.03.–14.04.2024. The city's page names no questions: these are illustrative, and so are
 * the generated responses. In the demo the survey stays open so that it can be tried.
 */
final class InsekSurvey {
    static final String SLUG = "insek-befragung-2024";
    static final int RESPONSES = 300;
    /** The first day of the city's questionnaire, 20.03.2024, in Kaiserslautern. */
    static final Instant OPENS = Instant.parse("2024-03-19T23:00:00Z");
    private static final List<String> IDEAS = List.of("Mehr Bänke und Schatten in der Innenstadt.",
            "Sichere Radwege zwischen den Ortsbezirken und der Innenstadt.", "Der Busverkehr am Abend reicht nicht.",
            "Leerstände in der Fußgängerzone für Kultur nutzen.", "Mehr Grün auf dem Stiftsplatz.",
            "Bezahlbare Wohnungen für Familien und Studierende.", "Spielplätze in den Ortsbezirken erneuern.",
            "Die Lauter wieder sichtbar machen.", "Bessere Beleuchtung am Bahnhof.",
            "Treffpunkte für Jugendliche in den Stadtteilen.");

    private InsekSurvey() {
    }

    static SurveyRequest request(String format) {
        return new SurveyRequest(format, SLUG, "Online-Befragung zum INSEK",
                "Wie leben Sie in Kaiserslautern, und was soll sich ändern? *Die Fragen sind illustrativ; die "
                        + "Seite der Stadt nennt sie nicht. In der Demo bleibt die Befragung geöffnet.*",
                IntegrityMode.OPEN, ResultsVisibility.LIVE, OPENS, DemoDataLoader.KEPT_OPEN_UNTIL,
                List.of(choice(QuestionType.SINGLE_CHOICE, "wohnort", "Wo wohnen Sie?", true,
                                option("innenstadt", "Innenstadt"), option("ortsbezirk", "In einem Ortsbezirk"),
                                option("ausserhalb", "Außerhalb von Kaiserslautern")),
                        choice(QuestionType.MULTIPLE_CHOICE, "verkehrsmittel", "Wie sind Sie in der Stadt unterwegs?",
                                true, option("zu-fuss", "Zu Fuß"), option("rad", "Mit dem Rad"),
                                option("bus", "Mit Bus und Bahn"), option("auto", "Mit dem Auto")),
                        new QuestionRequest("zufriedenheit", QuestionType.SCALE, "Wie gern leben Sie in "
                                + "Kaiserslautern?", null, true, null,
                                new QuestionRequest.Scale(1, 5, "gar nicht gern", "sehr gern"), null),
                        choice(QuestionType.RANKING, "prioritaeten", "Was ist für die Zukunft der Stadt am "
                                + "wichtigsten? Ordnen Sie, das Wichtigste zuerst.", true,
                                option("wohnen", "Wohnen und lebendige Quartiere"),
                                option("klima", "Klima, Umwelt und Grün"),
                                option("mobilitaet", "Mobilität und Erreichbarkeit"),
                                option("innenstadt", "Innenstadt und Wirtschaft")),
                        choice(QuestionType.LOCATION, "lieblingsort", "Wo ist Ihr Lieblingsort – oder ein Ort, der "
                                + "besser werden muss?", false, option("lieblingsort", "Lieblingsort"),
                                option("verbesserungswuerdig", "Verbesserungswürdiger Ort")),
                        new QuestionRequest("anregungen", QuestionType.FREE_TEXT, "Anregungen und Kritik",
                                "Ihre Anregungen erscheinen nach Prüfung in den Ergebnissen.", false, null, null,
                                1000)),
                null);
    }

    /** Plausible answers: more people in the inner city, most of them fond of the city, priorities varied. */
    static List<SubmissionRequest> responses(long seed) {
        Random random = new Random(seed);
        List<SubmissionRequest> responses = new ArrayList<>();
        for (int i = 0; i < RESPONSES; i++) {
            Map<String, SubmissionRequest.Answer> answers = new HashMap<>();
            double home = random.nextDouble();
            answers.put("wohnort", choice(home < 0.55 ? "innenstadt" : home < 0.9 ? "ortsbezirk" : "ausserhalb"));
            List<String> modes = new ArrayList<>();
            for (String mode : List.of("zu-fuss", "rad", "bus", "auto")) {
                if (random.nextDouble() < 0.45) {
                    modes.add(mode);
                }
            }
            answers.put("verkehrsmittel", new SubmissionRequest.Answer(null, modes.isEmpty() ? List.of("auto")
                    : modes, null, null, null, null, null));
            answers.put("zufriedenheit", new SubmissionRequest.Answer(null, null,
                    Math.min(5, 2 + random.nextInt(3) + (random.nextDouble() < 0.3 ? 1 : 0)), null, null, null,
                    null));
            List<String> ranking = new ArrayList<>(List.of("wohnen", "klima", "mobilitaet", "innenstadt"));
            Collections.shuffle(ranking, random);
            answers.put("prioritaeten", new SubmissionRequest.Answer(null, null, null, null, ranking, null, null));
            if (random.nextDouble() < 0.6) {
                Point point = InsekMap.nearCentre(random);
                answers.put("lieblingsort", new SubmissionRequest.Answer(null, null, null, null, null, point,
                        random.nextBoolean() ? "lieblingsort" : "verbesserungswuerdig"));
            }
            if (random.nextDouble() < 0.25) {
                answers.put("anregungen", new SubmissionRequest.Answer(null, null, null,
                        IDEAS.get(random.nextInt(IDEAS.size())), null, null, null));
            }
            responses.add(new SubmissionRequest(answers, null));
        }
        return responses;
    }

    private static SubmissionRequest.Answer choice(String key) {
        return new SubmissionRequest.Answer(key, null, null, null, null, null, null);
    }

    private static QuestionRequest choice(QuestionType type, String slug, String title, boolean required,
            ChoiceOption... options) {
        return new QuestionRequest(slug, type, title, null, required, List.of(options), null, null);
    }

    private static ChoiceOption option(String key, String label) {
        return new ChoiceOption(key, label);
    }
}
