package org.mitwirken.opportunity;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.allPages;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;

@QuarkusTest
@DisplayName("Jetzt mitmachen for apps: opportunities announced as they open, change and close")
class OpportunityWatchTest {
    @Inject
    OpportunityWatch watch;

    @Inject
    FormatService formats;

    private String webhook;

    /** What earlier tests left open is announced first, to nobody; then a webhook records what this test changes. */
    private void subscribe() {
        watch.watch();
        webhook = api().contentType(ContentType.JSON).body(Map.of("appClient", "stadtzeitung",
                "url", "http://127.0.0.1:9/never-delivered-in-this-test", "events", List.of("opportunity.opened",
                        "opportunity.changed", "opportunity.closed", "results.published")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id");
    }

    private void unsubscribe() {
        api().when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a voting round is announced once when open, and when its time is up as closed with its results "
            + "public")
    void roundOpensAndClosesByTheClock() {
        subscribe();
        try {
            String format = aFormatIn(aProcess().create().slug()).participation(false, false, false).create().slug();
            Instant closes = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            String round = round(format, Instant.now().minusSeconds(60), closes);

            watch.watch();
            watch.watch();
            assertThat(about(round), contains("opportunity.opened /api/v1/votings/" + round));

            QuarkusMock.installMockForType(Clock.fixed(closes.plusSeconds(1), ZoneOffset.UTC), Clock.class);
            watch.watch();
            assertThat(about(round), containsInAnyOrder("opportunity.opened /api/v1/votings/" + round,
                    "opportunity.closed /api/v1/votings/" + round,
                    "results.published /api/v1/votings/" + round + "/results"));
        } finally {
            unsubscribe();
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a format taking comments is announced as changed when its title changes, and as closed without "
            + "results when it is unpublished")
    void commentsChangeAndClose() {
        subscribe();
        try {
            String process = aProcess().create().slug();
            FormatResponse format = aFormatIn(process).participation(true, true, false).create();
            watch.watch();

            formats.update(format.slug(), aFormatIn(process).participation(true, true, false).titled("Neuer Titel")
                    .updating(format));
            watch.watch();
            String opened = "opportunity.opened " + commentsPath(format);
            String changed = "opportunity.changed " + commentsPath(format);
            assertThat(about(format.slug()), contains(opened, changed));

            formats.setPublicationState(format.slug(), org.mitwirken.common.PublicationState.DRAFT);
            watch.watch();
            String closed = "opportunity.closed " + commentsPath(format);
            assertThat(about(format.slug()), contains(opened, changed, closed));
            watch.watch();
            assertThat(about(format.slug()), contains(opened, changed, closed));
        } finally {
            unsubscribe();
        }
    }

    /**
     * What the webhook was sent about this item, oldest first, as "type path"; from every page, as the clock moved
     * ahead closes what other tests opened too.
     */
    private List<String> about(String id) {
        List<String> bodies = allPages("/api/v1/webhooks/" + webhook + "/deliveries", "body");
        List<String> events = new java.util.ArrayList<>();
        for (String body : bodies) {
            JsonPath event = new JsonPath(body);
            if (id.equals(event.getString("data.id"))) {
                events.add(0, event.getString("type") + " " + event.getString("data.path"));
            }
        }
        return events;
    }

    private static String commentsPath(FormatResponse format) {
        return "/api/v1/comments?targetType=FORMAT&targetId=" + format.id();
    }

    private static String round(String format, Instant opens, Instant closes) {
        List<String> items = List.of(aFieldOfAction().create().id().toString(),
                aFieldOfAction().create().id().toString());
        return api().contentType(ContentType.JSON).body(Map.of("format", format, "title", "Priorisierung",
                "itemType", "FIELD_OF_ACTION", "items", items, "dotsPerParticipant", 5, "maxDotsPerItem", 3,
                "integrityMode", "OPEN", "opensAt", opens.toString(), "closesAt", closes.toString()))
                .when().post("/api/v1/votings").then().statusCode(201).extract().path("id");
    }
}
