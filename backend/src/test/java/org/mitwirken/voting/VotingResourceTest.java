package org.mitwirken.voting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.OnSiteCodes;
import org.mitwirken.integrity.Participant;
import org.mitwirken.support.TestClients;

@QuarkusTest
@DisplayName("Prioritisation (dot voting)")
class VotingResourceTest {

    @TestHTTPResource("/")
    URL base;

    record Round(UUID id, List<UUID> items) {
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("a ballot within the budget counts; sending another replaces it")
    void castAndChange() {
        Round round = openRound(5, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));

        cast(round, Map.of(round.items().get(0), 3, round.items().get(1), 2), null).then().statusCode(200)
                .body("remaining", equalTo(0)).body("channel", equalTo("ONLINE"));
        cast(round, Map.of(round.items().get(2), 1), onSiteCode(round.id())).then().statusCode(200)
                .body("remaining", equalTo(4)).body("channel", equalTo("ON_SITE"));

        api().when().get("/api/v1/votings/" + round.id() + "/results").then().statusCode(200)
                .body("ballots.total", equalTo(1)).body("ballots.onSite", equalTo(1))
                .body("items.dots.total", contains(0, 0, 1))
                .body("closed", equalTo(false));
        api().when().get("/api/v1/votings/" + round.id() + "/ballots/mine").then().statusCode(200)
                .body("channel", equalTo("ON_SITE")).header("Cache-Control", "no-store");
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("over the budget, over the per-item cap, on a foreign item or without any dot: 400, and the old ballot "
            + "stays")
    void budgetAndCap() {
        Round round = openRound(5, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        cast(round, Map.of(round.items().get(0), 2), null).then().statusCode(200);

        badCast(round, Map.of(round.items().get(0), 3, round.items().get(1), 3)).then().statusCode(400)
                .body("violations.field", contains("dots"));
        badCast(round, Map.of(round.items().get(0), 4)).then().statusCode(400)
                .body("violations.field", contains("dots[0].dots"));
        badCast(round, Map.of(UUID.randomUUID(), 1)).then().statusCode(400)
                .body("violations.field", contains("dots[0].item"));
        badCast(round, Map.of()).then().statusCode(400)
                .body("violations.field", contains("dots")).body("violations.code", contains("too-few"));
        api().when().get("/api/v1/votings/" + round.id() + "/results").then()
                .body("items.dots.total", contains(2, 0, 0)).body("ballots.total", equalTo(1));
    }

    @Test
    @DisplayName("without login the first ballot issues a device token (never stored by a cache) that changes it later")
    void anonymousBallotToken() {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        String token = cast(round, Map.of(round.items().get(0), 1), null).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("ballotToken", notNullValue()).extract().path("ballotToken");
        api().header("X-Ballot-Token", token).when().get("/api/v1/votings/" + round.id() + "/ballots/mine").then()
                .statusCode(200).header("Cache-Control", "no-store");

        api().header("X-Ballot-Token", token).header("X-Forwarded-For", client()).contentType(ContentType.JSON)
                .body(Map.of("dots", List.of(Map.of("item", round.items().get(1), "dots", 3))))
                .when().post("/api/v1/votings/" + round.id() + "/ballots")
                .then().statusCode(200).body("ballotToken", equalTo(null));
        api().when().get("/api/v1/votings/" + round.id() + "/results").then()
                .body("ballots.total", equalTo(1)).body("items.dots.total", contains(0, 3, 0));
    }

    @Test
    @DisplayName("a round that has not opened or has closed refuses ballots with 409")
    void closedRounds() {
        Round later = openRound(3, 3, Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200));
        cast(later, Map.of(later.items().get(0), 1), null).then().statusCode(409);
        Round over = openRound(3, 3, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
        cast(over, Map.of(over.items().get(0), 1), null).then().statusCode(409);
        api().when().get("/api/v1/votings/" + over.id() + "/results").then().body("closed", equalTo(true));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin closes a round early: later ballots get 409, the results are final and stay as cast")
    void closeEarly() {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        cast(round, Map.of(round.items().get(1), 2), null).then().statusCode(200);

        api().when().post("/api/v1/votings/" + round.id() + "/close").then().statusCode(200)
                .body("open", equalTo(false));
        cast(round, Map.of(round.items().get(0), 1), null).then().statusCode(409);
        api().when().get("/api/v1/votings/" + round.id() + "/results").then()
                .body("closed", equalTo(true)).body("items.dots.total", contains(0, 2, 0));
        api().when().post("/api/v1/votings/" + round.id() + "/close").then().statusCode(200);
        api().when().post("/api/v1/votings/" + UUID.randomUUID() + "/close").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a round over goals lists the goals by title and counts dots on them")
    void roundOverGoals() {
        String format = aFormatIn(aProcess().create().slug()).create().slug();
        var field = aFieldOfAction().withGoal("gruen").withGoal("wasser").create();
        List<UUID> goals = field.goals().stream().map(goal -> goal.id()).toList();
        String id = api().contentType(ContentType.JSON).body(Map.of("format", format, "title", "Ziele",
                "itemType", "GOAL", "items", goals, "dotsPerParticipant", 3, "maxDotsPerItem", 3,
                "opensAt", Instant.now().minusSeconds(60).toString(),
                "closesAt", Instant.now().plusSeconds(3600).toString()))
                .when().post("/api/v1/votings").then().statusCode(201)
                .body("items.title", contains("Ziel gruen", "Ziel wasser")).extract().path("id");
        api().contentType(ContentType.JSON).body(ballot(Map.of(goals.get(1), 3), onSiteCode(UUID.fromString(id))))
                .when().post("/api/v1/votings/" + id + "/ballots").then().statusCode(200);
        api().when().get("/api/v1/votings/" + id + "/results").then()
                .body("items.dots.onSite", contains(0, 3));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin opens a round; inconsistent settings are refused field by field")
    void createRound() {
        String format = aFormatIn(aProcess().create().slug()).create().slug();
        List<UUID> items = List.of(aFieldOfAction().create().id(), aFieldOfAction().create().id());
        Map<String, Object> body = new java.util.HashMap<>(Map.of("format", format, "title", "Priorisierung",
                "itemType", "FIELD_OF_ACTION", "items", items, "dotsPerParticipant", 5, "maxDotsPerItem", 3,
                "opensAt", "2024-11-13T18:00:00Z", "closesAt", "2024-11-13T21:00:00Z"));
        api().contentType(ContentType.JSON).body(body).when().post("/api/v1/votings").then().statusCode(201)
                .body("items.id", contains(items.get(0).toString(), items.get(1).toString()));

        body.put("closesAt", "2024-11-13T17:00:00Z");
        body.put("maxDotsPerItem", 6);
        body.put("items", List.of(items.get(0), UUID.randomUUID()));
        badRequest().contentType(ContentType.JSON).body(body).when().post("/api/v1/votings").then().statusCode(400)
                .body("violations.field", contains("closesAt", "maxDotsPerItem", "items[1]"));
    }

    @Test
    @TestSecurity(user = "clara")
    @DisplayName("citizens cannot open rounds")
    void citizensCannotOpenRounds() {
        api().contentType(ContentType.JSON).body(Map.of("format", "x", "title", "x", "itemType", "GOAL",
                "items", List.of(UUID.randomUUID(), UUID.randomUUID()), "dotsPerParticipant", 1, "maxDotsPerItem", 1,
                "opensAt", "2024-11-13T18:00:00Z", "closesAt", "2024-11-13T21:00:00Z"))
                .when().post("/api/v1/votings").then().statusCode(403);
    }

    @Test
    @DisplayName("opening a round needs a login")
    void anonymousCannotOpenRounds() {
        badRequest().contentType(ContentType.JSON).body(Map.of("format", "x")).when().post("/api/v1/votings")
                .then().statusCode(401);
    }

    @Test
    @DisplayName("200 concurrent ballots from distinct participants give exact totals")
    void concurrentBallots() throws Exception {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        HttpClient client = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(32))
                .build();
        String json = "{\"onSiteCode\":\"" + onSiteCode(round.id()) + "\",\"dots\":[{\"item\":\""
                + round.items().get(0) + "\",\"dots\":2},"
                + "{\"item\":\"" + round.items().get(1) + "\",\"dots\":1}]}";
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "api/v1/votings/" + round.id()
                    + "/ballots")).header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "198.18." + (i / 250) + "." + (1 + i % 250))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            assertEquals(200, call.get(60, TimeUnit.SECONDS).statusCode());
        }
        api().when().get("/api/v1/votings/" + round.id() + "/results").then()
                .body("ballots.onSite", equalTo(200)).body("items.dots.total", contains(400, 200, 0));
    }

    @Test
    @TestSecurity(user = "hammer")
    @DisplayName("one participant hammering the endpoint never exceeds the dot budget")
    void hammeringKeepsTheBudget() throws Exception {
        Round round = openRound(5, 5, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID item = round.items().get(i % 3);
            calls.add(CompletableFuture.runAsync(() -> CDI.current().select(VotingService.class).get().cast(round.id(),
                    new BallotRequest(null, List.of(new BallotRequest.Dots(item, 5)), null, null),
                    Participant.account("hammer", true), null)));
        }
        for (CompletableFuture<Void> call : calls) {
            call.get(60, TimeUnit.SECONDS);
        }
        ResultsResponse results = CDI.current().select(VotingService.class).get().results(round.id(), false);
        assertEquals(1, results.ballots().total());
        assertEquals(5, results.items().stream().mapToLong(item -> item.dots().total()).sum());
    }

    @Test
    @DisplayName("a live-results client sees a ballot within a second")
    void liveResults() throws Exception {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/votings/" + round.id() + "/results/stream"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertTrue(nextData(events).contains("\"total\":0"), "first event shows the empty round");
            Instant cast = Instant.now();
            cast(round, Map.of(round.items().get(0), 2), null).then().statusCode(200);
            String update = nextData(events);
            assertTrue(update.contains("\"total\":1"), update);
            assertTrue(Duration.between(cast, Instant.now()).toMillis() < 1000, "seen within a second");
            CDI.current().select(VotingService.class).get().close(round.id());
            assertTrue(nextData(events).contains("\"closed\":true"), "closing is announced as final");
        }
    }

    @Test
    @DisplayName("however many watch a round live, one poller per instance looks for ballots, and it stops with the "
            + "last viewer")
    void liveResultsFanOut() throws Exception {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        LiveResults live = CDI.current().select(LiveResults.class).get();
        List<BufferedReader> viewers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            BufferedReader events = openStream(round, client());
            nextData(events);
            viewers.add(events);
        }
        long pollsBefore = live.pollsAndPollers()[0];
        Thread.sleep(1000);
        long[] pollsAndPollers = live.pollsAndPollers();
        assertEquals(1, pollsAndPollers[1], "one poller for the round");
        assertTrue(pollsAndPollers[0] - pollsBefore <= 6, (pollsAndPollers[0] - pollsBefore) + " polls in a second");

        cast(round, Map.of(round.items().get(1), 1), null).then().statusCode(200);
        for (BufferedReader events : viewers) {
            assertTrue(nextData(events).contains("\"total\":1"), "every viewer sees the ballot");
        }
        for (BufferedReader events : viewers) {
            events.close();
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (live.pollsAndPollers()[1] > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, live.pollsAndPollers()[1], "the poller stopped with the last viewer");
    }

    @Test
    @DisplayName("one client may hold five live streams; a sixth is refused with 429 and Retry-After")
    void streamsPerClient() throws Exception {
        Round round = openRound(3, 3, Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600));
        String client = client();
        List<BufferedReader> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BufferedReader events = openStream(round, client);
            nextData(events);
            open.add(events);
        }
        HttpResponse<String> sixth = HttpClient.newHttpClient().send(streamRequest(round, client),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, sixth.statusCode(), sixth.body());
        assertTrue(sixth.headers().firstValue("Retry-After").isPresent());
        for (BufferedReader events : open) {
            events.close();
        }
    }

    private HttpRequest streamRequest(Round round, String client) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/votings/" + round.id() + "/results/stream"))
                .header("Accept", "text/event-stream").header("X-Forwarded-For", client).build();
    }

    private BufferedReader openStream(Round round, String client) throws Exception {
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(streamRequest(round, client),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        return new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
    }

    private static String nextData(BufferedReader events) throws java.io.IOException {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data:")) {
                return line;
            }
        }
        throw new AssertionError("stream ended");
    }

    private static Round openRound(int budget, int cap, Instant opens, Instant closes) {
        String format = aFormatIn(aProcess().create().slug()).create().slug();
        List<UUID> items = List.of(aFieldOfAction().at(0).create().id(), aFieldOfAction().at(1).create().id(),
                aFieldOfAction().at(2).create().id());
        VotingRoundResponse round = CDI.current().select(VotingService.class).get().create(new VotingRoundRequest(
                format, "Priorisierung", VotingItemType.FIELD_OF_ACTION, items, budget, cap, opens, closes,
                IntegrityMode.OPEN));
        return new Round(round.id(), items);
    }

    /** The code the projector shows now: a ballot with it counts on site. */
    static String onSiteCode(UUID round) {
        return CDI.current().select(OnSiteCodes.class).get().current(round).code();
    }

    /** Each call from another client address, so the anonymous write limit stays out of the way. */
    static String client() {
        return TestClients.uniqueAddress();
    }

    private static io.restassured.response.Response cast(Round round, Map<UUID, Integer> dots, String onSiteCode) {
        return api().header("X-Forwarded-For", client()).contentType(ContentType.JSON).body(ballot(dots, onSiteCode))
                .when().post("/api/v1/votings/" + round.id() + "/ballots");
    }

    private static io.restassured.response.Response badCast(Round round, Map<UUID, Integer> dots) {
        return badRequest().header("X-Forwarded-For", client()).contentType(ContentType.JSON).body(ballot(dots, null))
                .when().post("/api/v1/votings/" + round.id() + "/ballots");
    }

    private static Map<String, Object> ballot(Map<UUID, Integer> dots, String onSiteCode) {
        List<Map<String, Object>> list = dots.entrySet().stream()
                .map(e -> Map.<String, Object>of("item", e.getKey(), "dots", e.getValue())).toList();
        return onSiteCode == null ? Map.of("dots", list) : Map.of("onSiteCode", onSiteCode, "dots", list);
    }
}
