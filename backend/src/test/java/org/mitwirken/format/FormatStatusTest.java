package org.mitwirken.format;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.CityTime;
import org.mitwirken.document.DocumentKind;
import org.mitwirken.document.DocumentService;
import org.mitwirken.document.DocumentUpload;

@QuarkusTest
@DisplayName("The status of a format")
class FormatStatusTest {
    private static final LocalDate PAST = LocalDate.of(2024, 3, 20);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    @DisplayName("follows its dates: planned before, open on its days, completed after")
    void byDates() {
        String process = aProcess().create().slug();
        LocalDate today = CityTime.dayOf(Instant.now());
        String planned = aFormatIn(process).on(today.plusDays(30)).create().slug();
        String running = aFormatIn(process).on(today).create().slug();
        String past = aFormatIn(process).on(PAST).create().slug();

        assertStatus(planned, "PLANNED");
        assertStatus(running, "OPEN");
        assertStatus(past, "COMPLETED");
        api().queryParam("process", process).when().get("/api/v1/formats").then().statusCode(200)
                .body("items.find { it.slug == '" + planned + "' }.status", equalTo("PLANNED"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("is open after its dates while a survey or voting round of it takes input, and shows results once "
            + "it has closed")
    void byWhatIsOpen() {
        String process = aProcess().create().slug();
        String withSurvey = aFormatIn(process).on(PAST).create().slug();
        String withRound = aFormatIn(process).on(PAST).create().slug();
        String withClosedSurvey = aFormatIn(process).on(PAST).create().slug();
        aSurvey().onFormat(withSurvey).withEveryQuestionType().create();
        round(withRound, Instant.now().minusSeconds(60), Instant.now().plus(1, ChronoUnit.DAYS));
        aSurvey().onFormat(withClosedSurvey).withEveryQuestionType().window(Instant.parse("2024-03-20T00:00:00Z"),
                Instant.parse("2024-04-14T22:00:00Z")).create();

        assertStatus(withSurvey, "OPEN");
        assertStatus(withRound, "OPEN");
        assertStatus(withClosedSurvey, "RESULTS");
    }

    @Test
    @DisplayName("shows results once a summary, documentation or minutes is among its downloads, not a presentation")
    void byDocuments() {
        String process = aProcess().create().slug();
        String summarised = aFormatIn(process).on(PAST).create().slug();
        String presented = aFormatIn(process).on(PAST).create().slug();
        upload(summarised, DocumentKind.SUMMARY);
        upload(presented, DocumentKind.PRESENTATION);

        assertStatus(summarised, "RESULTS");
        assertStatus(presented, "COMPLETED");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("is open exactly for the formats of which Jetzt mitmachen lists a survey, round or map portal, or "
            + "whose days include today; comments alone keep no past format open")
    void agreesWithOpportunities() {
        String process = aProcess().create().slug();
        aFormatIn(process).on(PAST).participation(true, true, false).create();
        aFormatIn(process).on(PAST).kind(FormatKind.ONLINE_SURVEY).participation(true, true, false).create();
        aSurvey().onFormat(aFormatIn(process).on(PAST).create().slug()).withEveryQuestionType().create();
        round(aFormatIn(process).on(PAST).create().slug(), Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600));
        aFormatIn(process).on(CityTime.dayOf(Instant.now())).create();

        List<Map<String, Object>> opportunities = api().queryParam("process", process).queryParam("size", 100)
                .when().get("/api/v1/opportunities").then().statusCode(200).extract().path("items");
        Set<String> listed = opportunities.stream().filter(o -> !"COMMENTS".equals(o.get("kind")))
                .map(o -> (String) ((Map<?, ?>) o.get("format")).get("slug")).collect(Collectors.toSet());
        List<Map<String, Object>> formats = api().queryParam("process", process).queryParam("size", 100)
                .when().get("/api/v1/formats").then().statusCode(200).extract().path("items");
        LocalDate today = CityTime.dayOf(Instant.now());
        Set<String> open = formats.stream().filter(f -> "OPEN".equals(f.get("status")))
                .map(f -> (String) f.get("slug")).collect(Collectors.toSet());
        Set<String> expected = formats.stream().filter(f -> listed.contains((String) f.get("slug"))
                || today.toString().equals(f.get("startsOn"))).map(f -> (String) f.get("slug"))
                .collect(Collectors.toSet());

        assertEquals(3, listed.size(), "a survey, a round and a map portal are listed: " + opportunities);
        assertEquals(4, open.size(), "those three and the format of today are open: " + formats);
        assertEquals(expected, open);
    }

    private static void assertStatus(String slug, String status) {
        api().when().get("/api/v1/formats/" + slug).then().statusCode(200).body("status", equalTo(status));
    }

    private static void upload(String format, DocumentKind kind) {
        CDI.current().select(DocumentService.class).get()
                .create(format, new DocumentUpload("Ergebnisse", kind, "ergebnisse.pdf", PDF, null));
    }

    private static void round(String format, Instant opens, Instant closes) {
        List<String> items = List.of(aFieldOfAction().create().id().toString(),
                aFieldOfAction().create().id().toString());
        api().contentType(ContentType.JSON).body(Map.of("format", format, "title", "Priorisierung",
                "itemType", "FIELD_OF_ACTION", "items", items, "dotsPerParticipant", 5, "maxDotsPerItem", 3,
                "integrityMode", "OPEN", "opensAt", opens.toString(), "closesAt", closes.toString()))
                .when().post("/api/v1/votings").then().statusCode(201);
    }
}
