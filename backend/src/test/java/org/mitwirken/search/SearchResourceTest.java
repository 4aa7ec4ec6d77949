package org.mitwirken.search;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@DisplayName("Search")
class SearchResourceTest {

    @Test
    @DisplayName("finds \"Wohnungen\" where the text says Wohnen or Wohnung, and ranks title hits first")
    void stemsAndRanksTitlesFirst() {
        String process = aProcess().create().slug();
        aFormatIn(process).titled("Gesprächsrunde Kaltenbrunn").withBody("Es ging um neue Wohnungen.").create();
        aFormatIn(process).titled("Wohnen in Kaltenbrunn").create();

        api().queryParam("q", "Wohnungen Kaltenbrunn").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.title", contains("Wohnen in Kaltenbrunn", "Gesprächsrunde Kaltenbrunn"))
                .body("items.type", contains("FORMAT", "FORMAT"));
    }

    @Test
    @DisplayName("drafts, and everything in draft processes, are never found")
    void draftsStayHidden() {
        aFormatIn(aProcess().create().slug()).titled("Geheimplan Birkenhof").draft().create();
        aFormatIn(aProcess().draft().create().slug()).titled("Entwurf Birkenhof").create();
        aFieldOfAction().titled("Birkenhof Entwurf").draft().create();

        api().queryParam("q", "Birkenhof").when().get("/api/v1/search")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    @DisplayName("goals are found and point to their field of action")
    void findsGoals() {
        var field = aFieldOfAction().titled("Grün in Lindenau").withGoal("lindenauer-baumallee").create();

        api().queryParam("q", "Lindenau").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.type", hasItem("GOAL"))
                .body("items.slug", hasItem(field.slug()))
                .body("items.type", not(hasItem("FORMAT")));
    }

    @Test
    @DisplayName("query text with markup or SQL is searched for, not run, and echoed verbatim")
    void hostileQueries() {
        String hostile = "<script>alert(1)</script>'; drop table process; --";
        api().queryParam("q", hostile).when().get("/api/v1/search")
                .then().statusCode(200).body("query", equalTo(hostile)).body("items", empty());
    }

    @ParameterizedTest(name = "q={0}, size={1}")
    @CsvSource({ "' ',20", "Wohnen,51", "Wohnen,0", "Wohnen,abc" })
    @DisplayName("a blank query or a size outside 1..50 is a 400 problem")
    void refusesBadParameters(String q, String size) {
        badRequest().queryParam("q", q).queryParam("size", size).when().get("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
