package org.mitwirken.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.CityTime;
import org.mitwirken.format.FormatRequest;
import org.mitwirken.survey.SurveyRequest;

@DisplayName("Demo data")
class DemoDataConsistencyTest {
    private static final Map<String, FormatRequest> FORMATS = InsekFormats.all(DemoDataLoader.PROCESS).stream()
            .collect(Collectors.toMap(FormatRequest::slug, Function.identity()));

    @Test
    @DisplayName("what it keeps open for trying opens on its format's first day, and the format says it stays open")
    void keptOpenSaysSo() {
        SurveyRequest survey = InsekSurvey.request(DemoDataLoader.SURVEY_FORMAT);
        FormatRequest surveyFormat = FORMATS.get(DemoDataLoader.SURVEY_FORMAT);
        FormatRequest dialogue = FORMATS.get(DemoDataLoader.DIALOGUE);

        assertEquals(surveyFormat.startsOn(), CityTime.dayOf(survey.opensAt()));
        assertEquals(DemoDataLoader.KEPT_OPEN_UNTIL, survey.closesAt());
        assertTrue(surveyFormat.body().contains("In dieser Demo bleiben Fragebogen und Kartenportal geöffnet"));
        assertTrue(survey.description().contains("In der Demo bleibt die Befragung geöffnet"));
        assertEquals(dialogue.startsOn(), CityTime.dayOf(DemoDataLoader.ROUND_OPENS));
        assertTrue(dialogue.body().contains("In dieser Demo bleibt die Priorisierung"));
    }

    @Test
    @DisplayName("speaks of the survey and the map portal, which stay open, in the present tense")
    void openThingsInThePresent() {
        String body = FORMATS.get(DemoDataLoader.SURVEY_FORMAT).body();
        for (String past : List.of("konnten", "waren geöffnet", "war geöffnet")) {
            assertFalse(body.contains(past), () -> "past tense \"" + past + "\" in: " + body);
        }
    }
}
