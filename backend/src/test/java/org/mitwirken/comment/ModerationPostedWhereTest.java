package org.mitwirken.comment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mitwirken.comment.CommentBuilder.aCommentOn;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.interview.InterviewNoteBuilder.aNote;
import static org.mitwirken.map.MapContributionBuilder.aContributionIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.interview.InterviewNoteResponse;
import org.mitwirken.interview.InterviewNoteService;
import org.mitwirken.map.MapContributionBuilder;
import org.mitwirken.survey.FreeTextAnswerBuilder;
import org.mitwirken.survey.SurveyView;

/**
 * Every item in the moderation queues says where it was posted: the kind of page, its title and its path in the web
 * app (with the element it stands at), also where the public cannot see that page now.
 */
@QuarkusTest
@TestSecurity(user = "mona", roles = "moderator")
@DisplayName("Where moderation items were posted")
class ModerationPostedWhereTest {

    @Test
    @DisplayName("a comment on a format: the format's title and page, at the comment")
    void onFormat() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Bürgerdialog am Rathaus")
                .participation(true, true, true).create();
        UUID comment = aCommentOn(CommentTargetType.FORMAT, format.id()).saying("Mehr Bänke").create();

        expectQueued(comment, "FORMAT", "Bürgerdialog am Rathaus", "/formate/" + format.slug(), "PUBLIC");
    }

    @Test
    @DisplayName("a comment on a field of action: its title and page; once it is unpublished staff still see both")
    void onFieldOfAction() {
        FieldOfActionResponse field = aFieldOfAction().titled("Mobilität und Verkehr").create();
        UUID comment = reported(aCommentOn(CommentTargetType.FIELD_OF_ACTION, field.id()).create());

        expectQueued(comment, "FIELD_OF_ACTION", "Mobilität und Verkehr", "/handlungsfelder/" + field.slug(),
                "PUBLIC");
        CDI.current().select(FieldOfActionService.class).get().setPublicationState(field.slug(),
                PublicationState.DRAFT);
        expectQueued(comment, "FIELD_OF_ACTION", "Mobilität und Verkehr", "/handlungsfelder/" + field.slug(),
                "STAFF_ONLY");
    }

    @Test
    @DisplayName("a comment on a goal: the goal's title, on its field's page with the goal opened")
    void onGoal() {
        FieldOfActionResponse field = aFieldOfAction().withGoal("radwege").create();
        UUID goal = field.goals().get(0).id();
        UUID comment = reported(aCommentOn(CommentTargetType.GOAL, goal).create());

        expectQueued(comment, "GOAL", "Ziel radwege", "/handlungsfelder/" + field.slug() + "?ziel=" + goal, "PUBLIC");
    }

    @Test
    @DisplayName("a comment on an interview note: the note's title and page; once the note is deleted, only that")
    void onInterviewNote() {
        InterviewNoteResponse note = aNote().create();
        UUID comment = reported(aCommentOn(CommentTargetType.INTERVIEW_NOTE, note.id()).create());

        expectQueued(comment, "INTERVIEW_NOTE", "Wohnen", "/gespraechsvermerke/" + note.slug(), "PUBLIC");
        CDI.current().select(InterviewNoteService.class).get().delete(note.slug());
        queued(comment).body("postedWhere.kind", equalTo("INTERVIEW_NOTE"))
                .body("postedWhere.visibility", equalTo("DELETED")).body("postedWhere.title", nullValue())
                .body("postedWhere.path", nullValue()).body("postedWhere.anchor", nullValue());
    }

    @Test
    @DisplayName("a comment on a map contribution: the contribution's title and entry; once hidden staff still see both")
    void onMapContribution() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        UUID contribution = aContributionIn(format.slug()).titled("Bank am Weiher").create();
        UUID comment = reported(aCommentOn(CommentTargetType.MAP_CONTRIBUTION, contribution).create());
        String entry = "/formate/" + format.slug() + "/karte?beitrag=" + contribution;

        expectQueued(comment, "MAP_CONTRIBUTION", "Bank am Weiher", entry, "PUBLIC");
        MapContributionBuilder.decide(contribution, ModerationAction.HIDE);
        expectQueued(comment, "MAP_CONTRIBUTION", "Bank am Weiher", entry, "STAFF_ONLY");
    }

    @Test
    @DisplayName("a map contribution: the map portal of its format, at the contribution's entry")
    void mapContribution() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Online-Umfrage und Geoportal")
                .participation(true, true, true).create();
        UUID contribution = aContributionIn(format.slug()).titled("Spielplatz").create();

        api().when().get("/api/v1/moderation/map-contributions").then().statusCode(200)
                .rootPath("find { it.contribution.id == '" + contribution + "' }.postedWhere")
                .body("kind", equalTo("MAP_PORTAL"))
                .body("title", equalTo("Online-Umfrage und Geoportal"))
                .body("path", equalTo("/formate/" + format.slug() + "/karte?beitrag=" + contribution))
                .body("anchor", equalTo("contribution-" + contribution))
                .body("visibility", equalTo("PUBLIC"));
    }

    @Test
    @DisplayName("a free-text survey answer: the survey's results, at its question; staff only while results wait")
    void freeTextAnswer() {
        SurveyView live = FreeTextAnswerBuilder.aFreeTextSurvey().titled("Wohnen im Quartier").create();
        SurveyView later = FreeTextAnswerBuilder.aFreeTextSurvey().titled("Grün in der Stadt").resultsAfterClose()
                .create();
        UUID liveAnswer = FreeTextAnswerBuilder.answer(live, "Mehr Bäume");
        UUID laterAnswer = FreeTextAnswerBuilder.answer(later, "Mehr Parks");

        freeText(live, liveAnswer).body("kind", equalTo("SURVEY")).body("title", equalTo("Wohnen im Quartier"))
                .body("path", equalTo("/umfragen/" + live.slug() + "/ergebnisse"))
                .body("anchor", equalTo("result-" + FreeTextAnswerBuilder.QUESTION))
                .body("visibility", equalTo("PUBLIC"));
        freeText(later, laterAnswer).body("title", equalTo("Grün in der Stadt")).body("visibility", equalTo("STAFF_ONLY"));
    }

    private static UUID reported(UUID comment) {
        CDI.current().select(CommentService.class).get().report(comment, "Bitte prüfen", "melder-" + UUID.randomUUID());
        return comment;
    }

    private static ValidatableResponse queued(UUID comment) {
        return api().when().get("/api/v1/moderation/queue").then().statusCode(200)
                .rootPath("find { it.comment.id == '" + comment + "' }");
    }

    private static void expectQueued(UUID comment, String kind, String title, String path, String visibility) {
        queued(comment).body("postedWhere.kind", equalTo(kind)).body("postedWhere.title", equalTo(title))
                .body("postedWhere.path", equalTo(path)).body("postedWhere.anchor", equalTo("comment-" + comment))
                .body("postedWhere.visibility", equalTo(visibility));
    }

    private static ValidatableResponse freeText(SurveyView survey, UUID answer) {
        return api().queryParam("survey", survey.slug()).when().get("/api/v1/moderation/survey-answers").then()
                .statusCode(200)
                .rootPath("find { it.id == '" + answer + "' }.postedWhere");
    }
}
