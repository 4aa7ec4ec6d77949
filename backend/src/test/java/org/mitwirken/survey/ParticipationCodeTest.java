package org.mitwirken.survey;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.answersToEveryQuestion;
import static org.mitwirken.survey.SurveySubmissionTest.client;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.support.PdfUa;

@QuarkusTest
@DisplayName("Participation codes")
class ParticipationCodeTest {

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a code unlocks the survey once; the second use and unknown codes are refused with 403")
    void codeWorksOnce() {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.PARTICIPATION_CODE).create();
        String code = codes(survey, 1).get(0);

        submitWithCode(survey, code.toLowerCase().replace("-", " ")).then().statusCode(201);
        submitWithCode(survey, code).then().statusCode(403).contentType("application/problem+json");
        submitWithCode(survey, "AAAAA-BBBBB").then().statusCode(403);
        badRequest().contentType(ContentType.JSON).header("X-Forwarded-For", client())
                .body(Map.of("answers", answersToEveryQuestion())).when().post("/api/v1/surveys/" + survey.slug() + "/responses")
                .then().statusCode(403).body("type", equalTo("urn:mitwirken:problem:participation-code-required"));
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("responseCount", equalTo(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("twenty clients racing with the same code: exactly one response is stored")
    void codeOnceUnderConcurrency() throws Exception {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.PARTICIPATION_CODE).create();
        String code = codes(survey, 1).get(0);
        var pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Integer>> attempts = java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> submitWithCode(survey, code).statusCode(), pool))
                    .toList();
            List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 403), statuses.toString());
        } finally {
            pool.shutdown();
        }
        api().when().get("/api/v1/surveys/" + survey.slug()).then().body("responseCount", equalTo(1));
    }

    @Test
    @DisplayName("the database cannot link a code to the answers it unlocked: no shared column, no time of use")
    void codesAreNotLinkable() {
        @SuppressWarnings("unchecked")
        List<String> codeColumns = entityManager.createNativeQuery("select column_name from "
                + "information_schema.columns where table_name = 'survey_code' order by column_name").getResultList();
        assertEquals(List.of("code_hash", "survey_id", "used"), codeColumns);
        @SuppressWarnings("unchecked")
        List<String> responseColumns = entityManager.createNativeQuery("select column_name from "
                + "information_schema.columns where table_name = 'survey_response' order by column_name")
                .getResultList();
        assertEquals(List.of("channel", "id", "submitted_on", "survey_id"), responseColumns);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("codes print as a PDF sheet with the codes on it, and as CSV with links")
    void sheets() throws Exception {
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.PARTICIPATION_CODE).create();
        List<String> codes = codes(survey, 12);

        byte[] pdf = sheet(survey, codes);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
        }
        String text = PdfUa.text(pdf);
        codes.forEach(code -> assertTrue(text.contains(code), code));
        String csv = new String(api().contentType(ContentType.JSON).accept("text/csv").body(Map.of("codes", codes))
                .when().post("/api/v1/surveys/" + survey.slug() + "/codes/sheet")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFcode,link\r\n" + codes.get(0) + ",http"), csv);
        assertTrue(csv.contains("/umfragen/" + survey.slug() + "#code=" + codes.get(0)), csv);

        badRequest().contentType(ContentType.JSON).accept("application/pdf")
                .body(Map.of("codes", List.of(codes.get(0), "FREMD-CODE0")))
                .when().post("/api/v1/surveys/" + survey.slug() + "/codes/sheet")
                .then().statusCode(400).body("violations.field", contains("codes[1]"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("the code sheet is accessible (PDF/UA-1, no rule failed in veraPDF) and prints an event named in "
            + "German, Turkish, Cyrillic and Arabic as written; each QR code has an alternative text")
    void accessibleSheetInEveryScript() throws Exception {
        String event = "Treffen: " + String.join(", ", PdfUa.NAMES);
        SurveyView survey = aSurvey().titled(event).withEveryQuestionType().mode(IntegrityMode.PARTICIPATION_CODE)
                .create();
        List<String> codes = codes(survey, 11);

        byte[] pdf = sheet(survey, codes);

        PdfUa.assertCompliant(pdf);
        PdfUa.assertNamesReadBack(PdfUa.text(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Teilnahmecodes: " + event, document.getDocumentInformation().getTitle());
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            assertEquals(List.of("H1", "L"), root.getKids().stream().map(kid -> ((PDStructureElement) kid)
                    .getStructureType()).toList());
            PDStructureElement list = (PDStructureElement) root.getKids().get(1);
            assertEquals(codes.size(), list.getKids().size());
            PDStructureElement lastBody = (PDStructureElement) ((PDStructureElement) list.getKids()
                    .get(codes.size() - 1)).getKids().get(0);
            PDStructureElement qr = (PDStructureElement) lastBody.getKids().get(0);
            assertEquals("Figure", qr.getStructureType());
            assertEquals("QR-Code, führt zur Teilnahme mit dem Code " + codes.get(codes.size() - 1),
                    qr.getAlternateDescription());
        }
    }

    private static byte[] sheet(SurveyView survey, List<String> codes) {
        return api().contentType(ContentType.JSON).accept("application/pdf").body(Map.of("codes", codes))
                .when().post("/api/v1/surveys/" + survey.slug() + "/codes/sheet")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("codes only for surveys in PARTICIPATION_CODE mode, at most 1000 at once")
    void codeRules() {
        SurveyView open = aSurvey().withEveryQuestionType().create();
        api().contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/surveys/" + open.slug() + "/codes").then().statusCode(409);
        SurveyView coded = aSurvey().withEveryQuestionType().mode(IntegrityMode.PARTICIPATION_CODE).create();
        badRequest().contentType(ContentType.JSON).body(Map.of("count", 1001))
                .when().post("/api/v1/surveys/" + coded.slug() + "/codes").then().statusCode(400)
                .body("violations.field", contains("count"));
    }

    private static List<String> codes(SurveyView survey, int count) {
        return api().contentType(ContentType.JSON).body(Map.of("count", count))
                .when().post("/api/v1/surveys/" + survey.slug() + "/codes")
                .then().statusCode(201).body("codes", hasSize(count)).extract().path("codes");
    }

    private static io.restassured.response.Response submitWithCode(SurveyView survey, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answersToEveryQuestion());
        body.put("code", code);
        return api().contentType(ContentType.JSON).header("X-Forwarded-For", client()).body(body)
                .when().post("/api/v1/surveys/" + survey.slug() + "/responses");
    }
}
