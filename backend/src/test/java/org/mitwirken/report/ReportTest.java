package org.mitwirken.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.survey.SurveyBuilder.choice;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.Participant;
import org.mitwirken.support.PdfUa;
import org.mitwirken.survey.ChoiceOption;
import org.mitwirken.survey.QuestionRequest;
import org.mitwirken.survey.QuestionType;
import org.mitwirken.survey.SubmissionRequest;
import org.mitwirken.survey.SubmissionService;
import org.mitwirken.synthesis.InputKey;
import org.mitwirken.synthesis.ResponseStatus;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisService;

@QuarkusTest
@DisplayName("Result report per format")
class ReportTest {

    @Test
    @DisplayName("the report holds the format's facts, key figures, survey results and responses; the PDF says the same")
    void reportAndPdf() throws Exception {
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Zukunftswerkstatt Süd")
                .participation(true, true, false).create();
        String first = comments(format);
        String survey = aSurvey().onFormat(format.slug()).with(choice(QuestionType.SINGLE_CHOICE, "wohin", true,
                "park", "platz")).create().slug();
        answer(survey, "wohin", 4, "park", 2, "platz");
        String field = aFieldOfAction().titled("Grün").create().slug();
        respond(field, "Neuer Park", "Der Park kommt.", first);

        api().when().get("/api/v1/formats/" + format.slug() + "/report").then().statusCode(200)
                .body("title", equalTo("Zukunftswerkstatt Süd"))
                .body("keyFigures.find { it.key == 'COMMENT' }.count", equalTo(5))
                .body("keyFigures.find { it.key == 'SURVEY_RESPONSE' }.count", equalTo(6))
                .body("surveys[0].results.questions[0].options.count", contains(4, 2))
                .body("responses.title", contains("Neuer Park"));

        String text = PdfUa.text(pdf(format.slug()));
        for (String expected : List.of("Zukunftswerkstatt Süd", "Kommentare 5", "Antworten in Befragungen 6",
                "Befragung: Befragung (6 Antworten)", "Option park 4", "Option platz 2", "Neuer Park – Aufgegriffen",
                "Handlungsfeld: Grün", "Seite 1 von 1")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        api().when().get("/api/v1/formats/gibt-es-nicht/report").then().statusCode(404);
    }

    @Test
    @DisplayName("the PDF is accessible (PDF/UA-1, no rule failed in veraPDF) and prints names in German, Turkish, "
            + "Cyrillic and Arabic as written; a character the font lacks shows as U+FFFD")
    void accessiblePdfInEveryScript() throws Exception {
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Werkstatt mit " + PdfUa.GERMAN)
                .participation(true, true, false).create();
        String first = comments(format);
        String survey = aSurvey().onFormat(format.slug()).titled("Befragung von " + PdfUa.CYRILLIC)
                .with(new QuestionRequest("wer", QuestionType.SINGLE_CHOICE, "Wer soll sprechen", null, true,
                        List.of(new ChoiceOption("tr", PdfUa.TURKISH), new ChoiceOption("ar", PdfUa.ARABIC)),
                        null, null))
                .create().slug();
        answer(survey, "wer", 5, "tr", 1, "ar");
        String field = aFieldOfAction().titled("Grün").create().slug();
        respond(field, "Vorschlag von " + PdfUa.ARABIC, "Aufgegriffen \uD83C\uDF33 auf Anregung von " + PdfUa.TURKISH,
                first);

        byte[] pdf = pdf(format.slug());

        PdfUa.assertCompliant(pdf);
        PdfUa.assertNamesReadBack(PdfUa.text(pdf));
        assertTrue(PdfUa.glyphs(pdf).contains("Aufgegriffen \uFFFD auf Anregung"), PdfUa.glyphs(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Kurze Zusammenfassung: Werkstatt mit " + PdfUa.GERMAN,
                    document.getDocumentInformation().getTitle());
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            PDStructureElement chart = root.getKids().stream().filter(PDStructureElement.class::isInstance)
                    .map(PDStructureElement.class::cast).filter(kid -> "Figure".equals(kid.getStructureType()))
                    .findFirst().orElseThrow();
            assertEquals("Balkendiagramm, 6 Antworten: " + PdfUa.TURKISH + " 5 (83 %); " + PdfUa.ARABIC
                    + " 1 (17 %)", chart.getAlternateDescription());
        }
    }

    private static byte[] pdf(String format) {
        return api().when().get("/api/v1/formats/" + format + "/report/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    /** Five comments on the format; returns the first one's id. */
    private static String comments(FormatResponse format) {
        CommentService comments = CDI.current().select(CommentService.class).get();
        String first = null;
        for (int i = 0; i < 5; i++) {
            String id = comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null,
                    "Idee " + i, null), account("person-" + i)).comment().id().toString();
            first = first == null ? id : first;
        }
        return first;
    }

    private static void answer(String survey, String question, int firstCount, String firstChoice, int secondCount,
            String secondChoice) {
        SubmissionService submissions = CDI.current().select(SubmissionService.class).get();
        for (int i = 0; i < firstCount + secondCount; i++) {
            submissions.submit(survey, new SubmissionRequest(Map.of(question, new SubmissionRequest.Answer(
                    i < firstCount ? firstChoice : secondChoice, null, null, null, null, null, null)), null),
                    Participant.SERVER);
        }
    }

    private static void respond(String field, String title, String reason, String comment) {
        CDI.current().select(SynthesisService.class).get().respond(new ResponseRequest(field, null, title,
                ResponseStatus.TAKEN_UP, reason, List.of(new InputKey(InputKind.COMMENT, comment)), null));
    }
}
