package org.mitwirken.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.Participant;
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
        CommentService comments = CDI.current().select(CommentService.class).get();
        String first = null;
        for (int i = 0; i < 5; i++) {
            String id = comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null,
                    "Idee " + i, null), account("person-" + i)).comment().id().toString();
            first = first == null ? id : first;
        }
        String survey = aSurvey().onFormat(format.slug()).with(choice(QuestionType.SINGLE_CHOICE, "wohin", true,
                "park", "platz")).create().slug();
        SubmissionService submissions = CDI.current().select(SubmissionService.class).get();
        for (int i = 0; i < 6; i++) {
            submissions.submit(survey, new SubmissionRequest(Map.of("wohin", new SubmissionRequest.Answer(
                    i < 4 ? "park" : "platz", null, null, null, null, null, null)), null), Participant.SERVER);
        }
        String field = aFieldOfAction().titled("Grün").create().slug();
        CDI.current().select(SynthesisService.class).get().respond(new ResponseRequest(field, null, "Neuer Park",
                ResponseStatus.TAKEN_UP, "Der Park kommt.", List.of(new InputKey(InputKind.COMMENT, first)), null));

        api().when().get("/api/v1/formats/" + format.slug() + "/report").then().statusCode(200)
                .body("title", equalTo("Zukunftswerkstatt Süd"))
                .body("keyFigures.find { it.key == 'COMMENT' }.count", equalTo(5))
                .body("keyFigures.find { it.key == 'SURVEY_RESPONSE' }.count", equalTo(6))
                .body("surveys[0].results.questions[0].options.count", contains(4, 2))
                .body("responses.title", contains("Neuer Park"));

        byte[] pdf = api().when().get("/api/v1/formats/" + format.slug() + "/report/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Zukunftswerkstatt Süd", "Kommentare: 5", "Antworten in Befragungen: 6",
                    "Befragung: Befragung (6 Antworten)", "Neuer Park – Aufgegriffen", "Handlungsfeld: Grün")) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }
        api().when().get("/api/v1/formats/gibt-es-nicht/report").then().statusCode(404);
    }
}
