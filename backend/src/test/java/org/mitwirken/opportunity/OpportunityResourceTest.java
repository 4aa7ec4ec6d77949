package org.mitwirken.opportunity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.geo.Point;
import org.mitwirken.format.FormatKind;
import org.mitwirken.support.TestData;

@QuarkusTest
@DisplayName("Jetzt mitmachen: what anyone can take part in now")
class OpportunityResourceTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an open voting round is listed with what it takes, until when and where to read it; a closed round "
            + "and a round of a draft format are not")
    void openRoundsOnly() {
        String process = aProcess().create().slug();
        String published = aFormatIn(process).participation(false, false, false).create().slug();
        String draft = aFormatIn(process).participation(false, false, false).draft().create().slug();
        Instant closes = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String open = round(published, Instant.now().minusSeconds(60), closes, "OPEN");
        round(published, Instant.parse("2024-11-13T17:00:00Z"), Instant.parse("2024-11-13T21:00:00Z"), "OPEN");
        round(draft, Instant.now().minusSeconds(60), closes, "OPEN");

        api().queryParam("process", process).queryParam("size", 100).when().get("/api/v1/opportunities").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items.id", contains(open))
                .body("items[0].kind", equalTo("VOTING_ROUND"))
                .body("items[0].format.slug", equalTo(published))
                .body("items[0].process.slug", equalTo(process))
                .body("items[0].needs", empty())
                .body("items[0].closesAt", equalTo(closes.toString()))
                .body("items[0].path", equalTo("/api/v1/votings/" + open));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("formats taking comments say whether an account is needed; withoutAccount keeps what anyone can do, "
            + "and a round for accounts with a confirmed address says so")
    void whatItTakes() {
        String process = aProcess().create().slug();
        String accountsOnly = aFormatIn(process).participation(true, false, false).create().slug();
        String anyone = aFormatIn(process).participation(true, true, false).create().slug();
        String round = round(anyone, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600),
                "ONE_PER_ACCOUNT");

        api().queryParam("process", process).queryParam("kind", "COMMENTS").when().get("/api/v1/opportunities")
                .then().statusCode(200).body("items.id", containsInAnyOrder(accountsOnly, anyone))
                .body("items.find { it.id == '" + accountsOnly + "' }.needs", contains("ACCOUNT"))
                .body("items.find { it.id == '" + anyone + "' }.needs", empty());
        api().queryParam("process", process).queryParam("kind", "VOTING_ROUND").when().get("/api/v1/opportunities")
                .then().body("items.id", contains(round)).body("items[0].needs", contains("ACCOUNT", "VERIFIED_EMAIL"));
        api().queryParam("process", process).queryParam("withoutAccount", true).when().get("/api/v1/opportunities")
                .then().body("items.id", contains(anyone));
    }

    @Test
    @DisplayName("an unknown kind is refused, naming the parameter")
    void unknownKind() {
        badRequest().queryParam("kind", "PETITION").when().get("/api/v1/opportunities").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("the map portal of a published online survey is open to anyone where the format lets people take part "
            + "anonymously; other formats have none")
    void mapPortals() {
        String process = aProcess().create().slug();
        String survey = aFormatIn(process).kind(FormatKind.ONLINE_SURVEY).participation(false, true, false).create()
                .slug();
        aFormatIn(process).participation(false, true, false).create();

        api().queryParam("process", process).queryParam("kind", "MAP_PORTAL").when().get("/api/v1/opportunities")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(survey))
                .body("items[0].needs", empty())
                .body("items[0].path", equalTo("/api/v1/map-contributions?format=" + survey));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("as GeoJSON, each opportunity is a Feature over its Ortsbezirke: one district's boundary, several as "
            + "a MultiPolygon, the whole city as null geometry")
    void onAMap() {
        Point west = TestData.uniqueSpot();
        Point east = TestData.uniqueSpot();
        String first = aDistrict().around(west.lon(), west.lat(), 0.002).create().slug();
        String second = aDistrict().around(east.lon(), east.lat(), 0.002).create().slug();
        String process = aProcess().create().slug();
        String one = aFormatIn(process).participation(true, true, false).inDistricts(first).create().slug();
        String two = aFormatIn(process).participation(true, true, false).inDistricts(first, second).create().slug();
        String city = aFormatIn(process).participation(true, true, false).create().slug();

        var answer = api().queryParam("process", process).when().get("/api/v1/opportunities.geojson").then()
                .statusCode(200).contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(3))
                .extract().jsonPath();
        assertThat(answer.getString("features.find { it.id == 'COMMENTS:" + one + "' }.geometry.type"),
                equalTo("Polygon"));
        assertThat(answer.getList("features.find { it.id == 'COMMENTS:" + two + "' }.geometry.coordinates"),
                hasSize(2));
        assertThat(answer.getString("features.find { it.id == 'COMMENTS:" + two + "' }.geometry.type"),
                equalTo("MultiPolygon"));
        assertThat(answer.getString("features.find { it.id == 'COMMENTS:" + city + "' }.geometry"),
                nullValue());
        assertThat(answer.getString("features.find { it.id == 'COMMENTS:" + city + "' }.properties.path"),
                startsWith("/api/v1/comments?targetType=FORMAT"));
    }

    private static String round(String format, Instant opens, Instant closes, String integrity) {
        List<String> items = List.of(aFieldOfAction().create().id().toString(),
                aFieldOfAction().create().id().toString());
        return api().contentType(ContentType.JSON).body(Map.of("format", format, "title", "Priorisierung",
                "itemType", "FIELD_OF_ACTION", "items", items, "dotsPerParticipant", 5, "maxDotsPerItem", 3,
                "integrityMode", integrity, "opensAt", opens.toString(), "closesAt", closes.toString()))
                .when().post("/api/v1/votings").then().statusCode(201).extract().path("id");
    }
}
