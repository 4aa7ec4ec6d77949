package org.mitwirken.retention;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.support.DatabaseScan;

@QuarkusTest
@DisplayName("Retention after a process is completed")
class RetentionTest {

    @Inject
    RetentionService retention;

    @Inject
    DataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    @TestSecurity(user = "rita-retention")
    @DisplayName("a year after completion, names, pseudonyms and accounts are gone; the contributions and counts stay")
    void personalDataGoesAfterTheRetentionTime() {
        FormatResponse completed = aFormatIn(aProcess().completed().create().slug()).participation(true, true, false)
                .create();
        FormatResponse ongoing = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        comment(completed, "Mehr Radwege");
        UUID anonymous = CDI.current().select(CommentService.class).get().create(new CommentRequest(
                CommentTargetType.FORMAT, completed.id(), null, "Ohne Konto", "Pseudo-Rita"), null).comment().id();
        api().when().post("/api/v1/comments/" + anonymous + "/support").then().statusCode(204);
        String contribution = api().contentType(ContentType.JSON).body(Map.of("format", completed.slug(),
                "category", "IDEA", "title", "Idee", "text", "Ein Brunnen",
                "location", Map.of("lon", 7.77, "lat", 49.44)))
                .when().post("/api/v1/map-contributions").then().statusCode(201).extract().path("contribution.id");
        String stillOngoing = comment(ongoing, "Noch offen");

        at(Instant.now().plus(Duration.ofDays(364)));
        retention.retireDue();
        assertFalse(DatabaseScan.columnsHolding(dataSource, "rita-retention").isEmpty(), "kept within the year");

        at(Instant.now().plus(Duration.ofDays(366)));
        assertTrue(retention.retireDue() >= 1);
        assertEquals(Set.of("comment.author_subject", "comment.author_name"),
                Set.copyOf(DatabaseScan.columnsHolding(dataSource, "rita-retention")),
                "only the comment on the ongoing process still names the account");
        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, "Pseudo-Rita"));
        comments(completed).body("items.text", contains("Mehr Radwege", "Ohne Konto"))
                .body("items.authorName", everyItem(equalTo("Gelöschtes Konto")))
                .body("items[1].supportCount", equalTo(1));
        api().when().get("/api/v1/map-contributions/" + contribution).then().statusCode(200)
                .body("authorName", equalTo("Gelöschtes Konto"));
        comments(ongoing).body("items[0].id", equalTo(stillOngoing))
                .body("items[0].writtenByMe", equalTo(true));
        assertEquals(0, retention.retireDue(), "a retired process is not retired again");
    }

    @Test
    @TestSecurity(user = "dora-retention")
    @DisplayName("set to delete, the contributions of a completed process go with the names; other processes keep theirs")
    void contributionsGoWhenSetToDelete() {
        FormatResponse completed = aFormatIn(aProcess().completed().create().slug()).participation(true, true, false)
                .create();
        FormatResponse ongoing = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        comment(completed, "Wird gelöscht");
        String kept = comment(ongoing, "Bleibt");
        RetentionService service = ClientProxy.unwrap(retention);
        service.contributions = ErasureMode.DELETE;
        try {
            at(Instant.now().plus(Duration.ofDays(366)));
            assertTrue(retention.retireDue() >= 1);
        } finally {
            service.contributions = ErasureMode.ANONYMISE;
        }
        comments(completed).body("total", equalTo(0));
        assertEquals(Set.of("comment.author_subject", "comment.author_name"),
                Set.copyOf(DatabaseScan.columnsHolding(dataSource, "dora-retention")),
                "only the comment on the ongoing process still names the account");
        comments(ongoing).body("items.id", contains(kept));
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }

    private static String comment(FormatResponse format, String text) {
        return api().contentType(ContentType.JSON).body(Map.of("targetType", "FORMAT", "targetId", format.id(),
                "text", text)).when().post("/api/v1/comments").then().statusCode(201).extract().path("comment.id");
    }

    private static io.restassured.response.ValidatableResponse comments(FormatResponse format) {
        return api().queryParam("targetType", "FORMAT").queryParam("targetId", format.id().toString())
                .when().get("/api/v1/comments").then().statusCode(200);
    }
}
