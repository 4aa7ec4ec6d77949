package org.mitwirken.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mitwirken.comment.CommentBuilder.aCommentOn;
import static org.mitwirken.common.participation.CommentTargetType.FIELD_OF_ACTION;
import static org.mitwirken.common.participation.CommentTargetType.FORMAT;
import static org.mitwirken.common.participation.CommentTargetType.GOAL;
import static org.mitwirken.common.participation.CommentTargetType.INTERVIEW_NOTE;
import static org.mitwirken.common.participation.CommentTargetType.MAP_CONTRIBUTION;
import static org.mitwirken.common.participation.ModerationAction.APPROVE;
import static org.mitwirken.common.participation.ModerationAction.HIDE;
import static org.mitwirken.common.participation.ModerationAction.REJECT;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.interview.InterviewNoteBuilder.aNote;
import static org.mitwirken.map.MapContributionBuilder.aContributionIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.support.TestData.uniqueWord;
import static org.mitwirken.survey.FreeTextAnswerBuilder.aFreeTextSurvey;
import static org.mitwirken.survey.FreeTextAnswerBuilder.answer;
import static org.mitwirken.synthesis.OfficialResponseBuilder.aResponseOn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.inject.spi.CDI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentBuilder;
import org.mitwirken.common.PublicationState;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.interview.InterviewNoteService;
import org.mitwirken.map.MapContributionBuilder;
import org.mitwirken.process.ProcessService;
import org.mitwirken.survey.FreeTextAnswerBuilder;
import org.mitwirken.survey.FreeTextState;
import org.mitwirken.survey.SurveyView;

/**
 * Citizens' published words and the city's answers are found like the city's own pages. Each test writes a word of
 * its own (a made-up place name), so it finds only its own items in the database the tests share.
 */
@QuarkusTest
@DisplayName("Search over citizens' words")
class CitizensWordsSearchTest {

    @Test
    @DisplayName("\"Radweg\" finds a comment, a map contribution, a survey answer and an official response, each "
            + "saying what it is and where it stands")
    void findsEveryKind() {
        String place = uniqueWord("Kalt");
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Bürgerdialog Mobilität").create();
        FieldOfActionResponse field = aFieldOfAction().titled("Mobilität").create();
        UUID comment = aCommentOn(FORMAT, format.id()).saying("Wir brauchen mehr Radwege in " + place + ".")
                .create();
        UUID contribution = aContributionIn(format.slug()).titled("Radweg endet abrupt")
                .saying("In " + place + " hört der Radweg einfach auf.").create();
        SurveyView survey = aFreeTextSurvey().onFormat(format.slug()).create();
        FreeTextAnswerBuilder.decide(answer(survey, "Ein sicherer Radweg nach " + place), FreeTextState.PUBLISHED);
        UUID response = aResponseOn(field.slug()).titled("Radwegenetz " + place)
                .because("Der Radweg wird gebaut.").create();

        search("Radweg " + place).body("total", equalTo(4))
                .body("items.type", containsInAnyOrder("COMMENT", "MAP_CONTRIBUTION", "SURVEY_ANSWER",
                        "OFFICIAL_RESPONSE"))
                .body(hit("COMMENT", "slug"), equalTo(format.slug()))
                .body(hit("COMMENT", "title"), equalTo("Bürgerdialog Mobilität"))
                .body(hit("COMMENT", "anchor"), equalTo(comment.toString()))
                .body(hit("COMMENT", "commentOn.type"), equalTo("FORMAT"))
                .body(hit("COMMENT", "commentOn.id"), equalTo(format.id().toString()))
                .body(hit("COMMENT", "href"), equalTo("/api/v1/comments?targetType=FORMAT&targetId=" + format.id()))
                .body(hit("COMMENT", "excerpt"), equalTo("Wir brauchen mehr Radwege in " + place + "."))
                .body(hit("MAP_CONTRIBUTION", "slug"), equalTo(format.slug()))
                .body(hit("MAP_CONTRIBUTION", "title"), equalTo("Radweg endet abrupt"))
                .body(hit("MAP_CONTRIBUTION", "anchor"), equalTo(contribution.toString()))
                .body(hit("MAP_CONTRIBUTION", "href"), equalTo("/api/v1/map-contributions/" + contribution))
                .body(hit("MAP_CONTRIBUTION", "commentOn"), nullValue())
                .body(hit("SURVEY_ANSWER", "slug"), equalTo(survey.slug()))
                .body(hit("SURVEY_ANSWER", "title"), equalTo(FreeTextAnswerBuilder.QUESTION_TITLE))
                .body(hit("SURVEY_ANSWER", "anchor"), equalTo(FreeTextAnswerBuilder.QUESTION))
                .body(hit("SURVEY_ANSWER", "href"), equalTo("/api/v1/surveys/" + survey.slug() + "/results"))
                .body(hit("SURVEY_ANSWER", "excerpt"), equalTo("Ein sicherer Radweg nach " + place))
                .body(hit("OFFICIAL_RESPONSE", "slug"), equalTo(field.slug()))
                .body(hit("OFFICIAL_RESPONSE", "title"), equalTo("Radwegenetz " + place))
                .body(hit("OFFICIAL_RESPONSE", "anchor"), equalTo(response.toString()))
                .body(hit("OFFICIAL_RESPONSE", "href"), equalTo("/api/v1/outcomes/fields-of-action/" + field.slug()));
        assertEquals(List.of("Radwege", place), highlighted(search("Radweg " + place), "COMMENT"));
    }

    @Test
    @DisplayName("comments: pending, rejected, hidden, withdrawn and deleted ones are never found, nor those on a "
            + "format, process, field of action, goal, interview note or map contribution the public cannot see")
    void onlyPublicComments() {
        String word = uniqueWord("Rad");
        String process = aProcess().create().slug();
        FormatResponse open = aFormatIn(process).create();
        UUID shown = aCommentOn(FORMAT, open.id()).saying("Sichtbar " + word).create();

        aCommentOn(FORMAT, aFormatIn(process).participation(true, false, true).create().id())
                .saying("Wartet auf Freigabe " + word).create();
        CommentBuilder.decide(aCommentOn(FORMAT, open.id()).saying("Abgelehnt " + word).create(), REJECT);
        CommentBuilder.decide(aCommentOn(FORMAT, open.id()).saying("Verborgen " + word).create(), HIDE);
        CommentBuilder.withdraw(aCommentOn(FORMAT, open.id()).saying("Gelöscht " + word).create());
        UUID emptied = aCommentOn(FORMAT, open.id()).saying("Geleert " + word).create();
        aCommentOn(FORMAT, open.id()).replyingTo(emptied).saying("Eine Antwort").create();
        CommentBuilder.withdraw(emptied);

        FormatResponse unpublished = aFormatIn(process).create();
        aCommentOn(FORMAT, unpublished.id()).saying("Format zurückgezogen " + word).create();
        service(FormatService.class).setPublicationState(unpublished.slug(), PublicationState.DRAFT);
        String draftProcess = aProcess().create().slug();
        aCommentOn(FORMAT, aFormatIn(draftProcess).create().id()).saying("Prozess zurückgezogen " + word).create();
        service(ProcessService.class).setPublicationState(draftProcess, PublicationState.DRAFT);
        FieldOfActionResponse field = aFieldOfAction().withGoal("ziel").create();
        aCommentOn(FIELD_OF_ACTION, field.id()).saying("Handlungsfeld zurückgezogen " + word).create();
        aCommentOn(GOAL, field.goals().get(0).id()).saying("Ziel zurückgezogen " + word).create();
        service(FieldOfActionService.class).setPublicationState(field.slug(), PublicationState.DRAFT);
        var note = aNote().create();
        aCommentOn(INTERVIEW_NOTE, note.id()).saying("Vermerk zurückgezogen " + word).create();
        service(InterviewNoteService.class).setPublicationState(note.slug(), PublicationState.DRAFT, account("test"));
        UUID contribution = aContributionIn(open.slug()).create();
        aCommentOn(MAP_CONTRIBUTION, contribution).saying("Ortsmarke verborgen " + word).create();
        MapContributionBuilder.decide(contribution, HIDE);

        search(word).body("total", equalTo(1)).body("items.anchor", contains(shown.toString()));
    }

    @Test
    @DisplayName("a comment hidden by a moderator after it was found is gone from the next search, and back once "
            + "approved again")
    void hidingTakesEffectAtOnce() {
        String word = uniqueWord("Rad");
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        UUID comment = aCommentOn(FORMAT, format.id()).saying("Bald verborgen " + word).create();
        search(word).body("total", equalTo(1)).body("items.anchor", contains(comment.toString()));

        CommentBuilder.decide(comment, HIDE);
        search(word).body("total", equalTo(0)).body("items", empty());

        CommentBuilder.decide(comment, APPROVE);
        search(word).body("total", equalTo(1)).body("items.anchor", contains(comment.toString()));
    }

    @Test
    @DisplayName("map contributions: pending, rejected, hidden and withdrawn ones, and those of a format the public "
            + "cannot see, are never found; one hidden later is gone at once")
    void onlyPublicMapContributions() {
        String word = uniqueWord("Ort");
        String process = aProcess().create().slug();
        String open = aFormatIn(process).create().slug();
        UUID shown = aContributionIn(open).titled("Sichtbar").saying("Hier " + word).create();

        aContributionIn(aFormatIn(process).participation(true, false, true).create().slug())
                .saying("Wartet " + word).create();
        MapContributionBuilder.decide(aContributionIn(open).saying("Abgelehnt " + word).create(), REJECT);
        MapContributionBuilder.decide(aContributionIn(open).saying("Verborgen " + word).create(), HIDE);
        MapContributionBuilder.withdraw(aContributionIn(open).saying("Zurückgezogen " + word).create());
        String unpublished = aFormatIn(process).create().slug();
        aContributionIn(unpublished).saying("Format zurückgezogen " + word).create();
        service(FormatService.class).setPublicationState(unpublished, PublicationState.DRAFT);
        search(word).body("total", equalTo(1)).body("items.anchor", contains(shown.toString()));

        MapContributionBuilder.decide(shown, HIDE);
        search(word).body("total", equalTo(0));
    }

    @Test
    @DisplayName("survey answers: only published free texts where the results are public; pending and hidden ones, "
            + "those of a survey whose results wait for its end, and those on a format the public cannot see are "
            + "never found")
    void onlyPublicSurveyAnswers() {
        String word = uniqueWord("Idee");
        SurveyView live = aFreeTextSurvey().create();
        FreeTextAnswerBuilder.decide(answer(live, "Veröffentlicht " + word), FreeTextState.PUBLISHED);
        answer(live, "Wartet " + word);
        FreeTextAnswerBuilder.decide(answer(live, "Verborgen " + word), FreeTextState.HIDDEN);

        SurveyView waiting = aFreeTextSurvey().resultsAfterClose().create();
        FreeTextAnswerBuilder.decide(answer(waiting, "Ergebnisse erst am Ende " + word), FreeTextState.PUBLISHED);
        SurveyView closed = aFreeTextSurvey().resultsAfterClose().create();
        FreeTextAnswerBuilder.decide(answer(closed, "Umfrage beendet " + word), FreeTextState.PUBLISHED);
        FreeTextAnswerBuilder.close(closed);
        SurveyView unpublished = aFreeTextSurvey().create();
        FreeTextAnswerBuilder.decide(answer(unpublished, "Format zurückgezogen " + word), FreeTextState.PUBLISHED);
        service(FormatService.class).setPublicationState(unpublished.format(), PublicationState.DRAFT);

        search(word).body("total", equalTo(2))
                .body("items.excerpt", containsInAnyOrder("Veröffentlicht " + word, "Umfrage beendet " + word))
                .body("items.slug", containsInAnyOrder(live.slug(), closed.slug()));
    }

    @Test
    @DisplayName("a survey answer hit holds the text, its survey and question, and nothing that leads to whoever wrote "
            + "it: no answer or response id, no day")
    void surveyAnswersCarryNoTraces() {
        String word = uniqueWord("Idee");
        SurveyView survey = aFreeTextSurvey().create();
        UUID answer = answer(survey, "Eine Bank am Weiher " + word);
        FreeTextAnswerBuilder.decide(answer, FreeTextState.PUBLISHED);

        String body = search(word).body("items[0].type", equalTo("SURVEY_ANSWER")).extract().asString();
        assertFalse(body.contains(answer.toString()), "no answer id");
        assertFalse(body.contains(LocalDate.now().toString()), "no day");
        Map<String, Object> hit = search(word).extract().path("items[0]");
        assertEquals(List.of("type", "slug", "title", "excerpt", "href", "rank", "anchor", "commentOn", "highlights"),
                new ArrayList<>(hit.keySet()));
    }

    @Test
    @DisplayName("official responses on a field of action the public cannot see are never found")
    void onlyPublicResponses() {
        String word = uniqueWord("Antwort");
        FieldOfActionResponse open = aFieldOfAction().create();
        UUID shown = aResponseOn(open.slug()).because("Wir prüfen " + word).create();
        FieldOfActionResponse unpublished = aFieldOfAction().create();
        aResponseOn(unpublished.slug()).because("Zurückgezogen " + word).create();
        service(FieldOfActionService.class).setPublicationState(unpublished.slug(), PublicationState.DRAFT);

        search(word).body("total", equalTo(1)).body("items.anchor", contains(shown.toString()));
    }

    @Test
    @DisplayName("pages are slices of one ranked list, and every page counts all hits")
    void pagesSliceOneRanking() {
        String word = uniqueWord("Seite");
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled(word).create();
        String field = aFieldOfAction().create().slug();
        for (int i = 1; i <= 4; i++) {
            aCommentOn(FORMAT, format.id()).saying((word + " ").repeat(i) + "Kommentar " + i).create();
            aResponseOn(field).titled("Antwort " + i).because((word + " ").repeat(i)).create();
        }
        List<String> all = search(word, 0, 50).body("total", equalTo(9)).extract().path("items.href");
        List<String> anchorsInOrder = search(word, 0, 50).extract().path("items.anchor");

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(search(word, page, 3).body("total", equalTo(9)).body("page", equalTo(page))
                    .body("size", equalTo(3)).extract().<List<String>>path("items.anchor"));
        }
        assertEquals(anchorsInOrder, paged);
        assertEquals("/api/v1/formats/" + format.slug(), all.get(0), "the title hit ranks first");
    }

    @Test
    @DisplayName("a long text is cut around the words found, with \"…\" where text is left out and the words marked")
    void excerptsAroundTheWords() {
        String word = uniqueWord("Rad");
        String filler = "Es war einmal ein langer Text über die Stadt und ihre Straßen und Plätze. ".repeat(5);
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        aCommentOn(FORMAT, format.id()).saying(filler + "Der Weg nach " + word + " ist gefährlich. " + filler)
                .create();

        ValidatableResponse found = search(word).body("items[0].excerpt", startsWith("… "))
                .body("items[0].excerpt", endsWith(" …"))
                .body("items[0].excerpt", containsString("Der Weg nach " + word + " ist gefährlich."))
                .body("items[0].excerpt", not(containsString(filler)));
        assertEquals(List.of(word), highlighted(found, "COMMENT"));
    }

    @Test
    @DisplayName("pages end within the best 1000 hits; a page beyond is a 400 problem naming the page")
    void pagesReachTheBestThousand() {
        api().queryParam("q", "Wohnen").queryParam("size", "50").queryParam("page", "19").when()
                .get("/api/v1/search").then().statusCode(200);
        badRequest().queryParam("q", "Wohnen").queryParam("size", "50").queryParam("page", "20").when()
                .get("/api/v1/search").then().statusCode(400).body("violations.field", contains("page"));
    }

    private static ValidatableResponse search(String words) {
        return search(words, 0, 20);
    }

    private static ValidatableResponse search(String words, int page, int size) {
        return api().queryParam("q", words).queryParam("page", page).queryParam("size", size).when()
                .get("/api/v1/search").then().statusCode(200);
    }

    /** The path to a property of the (only) hit of this type. */
    private static String hit(String type, String property) {
        return "items.find { it.type == '" + type + "' }." + property;
    }

    /** The marked parts of the excerpt of the hit of this type. */
    private static List<String> highlighted(ValidatableResponse response, String type) {
        String excerpt = response.extract().path(hit(type, "excerpt"));
        List<Map<String, Integer>> ranges = response.extract().path(hit(type, "highlights"));
        return ranges.stream().map(range -> excerpt.substring(range.get("start"), range.get("end"))).toList();
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
