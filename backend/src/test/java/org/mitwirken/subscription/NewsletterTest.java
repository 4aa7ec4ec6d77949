package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.subscription.Followers.follow;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Staff write a newsletter to the followers of a process: preview, test send to themselves, send once")
class NewsletterTest {
    private static final String STAFF = "redaktion-newsletter@stadt.example.org";

    @Inject
    OutboxSender sender;

    private String process;
    private Map<String, String> newsletter;

    @BeforeEach
    void aProcessWithFollowers() {
        sender.drain();
        process = aProcess().titled("INSEK Kaiserslautern").create().slug();
        newsletter = Map.of("subject", "Danke für " + UUID.randomUUID(),
                "body", "Liebe Kaiserslauterer,\n\ndie Befragung ist beendet.\n\nhttps://www.kaiserslautern.de/insek");
    }

    @Test
    @TestSecurity(user = "redaktion", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "email", value = STAFF))
    @DisplayName("the preview shows the mail without sending it; the test goes only to the staff member's own address")
    void previewAndTest() throws Exception {
        String follower = follow("PROCESS", process, "de", true);
        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/preview").then().statusCode(200)
                .body("subject", equalTo(newsletter.get("subject")))
                .body("text", containsString("die Befragung ist beendet."))
                .body("html", containsString("<a href=\"https://www.kaiserslautern.de/insek\">"));
        sender.drain();
        assertThat(TestMailServer.receivedBy(follower), empty());

        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/test").then().statusCode(202)
                .body("to", equalTo(STAFF));
        sender.drain();
        assertThat(TestMailServer.receivedBy(follower), empty());
        assertThat(TestMailServer.receivedBy(STAFF).stream().map(TestMailServer::subjectOf).toList(),
                org.hamcrest.Matchers.hasItem(newsletter.get("subject")));
    }

    @Test
    @TestSecurity(user = "ohne-adresse", roles = "admin")
    @DisplayName("a test send without an address in the login is a clear problem, not a mail to anyone")
    void testWithoutAddress() {
        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/test").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("no-address-for-test"));
    }

    @Test
    @TestSecurity(user = "redaktion", roles = "admin")
    @DisplayName("sending reaches each confirmed follower of the process once, not unconfirmed ones nor those of "
            + "other processes; it is recorded with who sent it and to how many, and the same newsletter is refused "
            + "a second time")
    void send() throws Exception {
        String formatOnly = follow("FORMAT", aFormatIn(process).create().slug(), "de", true);
        String german = follow("PROCESS", process, "de", true);
        String english = follow("PROCESS", process, "en", true);
        String unconfirmed = follow("PROCESS", process, "de", false);
        String elsewhere = follow("PROCESS", aProcess().create().slug(), "de", true);

        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/send").then().statusCode(201)
                .body("recipientCount", equalTo(2)).body("sentBy", equalTo("redaktion"));
        sender.drain();
        MimeMessage mail = TestMailServer.receivedBy(german).get(0);
        assertEquals(newsletter.get("subject"), mail.getSubject());
        assertThat(SubscriptionTest.part(mail, "text/plain"), containsString("weil Sie „INSEK Kaiserslautern“ folgen"));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        assertThat(SubscriptionTest.part(TestMailServer.receivedBy(english).get(0), "text/plain"),
                containsString("To the participation process"));
        for (String nobody : List.of(unconfirmed, elsewhere, formatOnly)) {
            assertThat(nobody, TestMailServer.receivedBy(nobody), empty());
        }

        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/send").then().statusCode(409)
                .body("code", equalTo("newsletter-sent-already"));
        sender.drain();
        assertThat(TestMailServer.receivedBy(german), hasSize(1));
        api().when().get("/api/v1/processes/" + process + "/newsletters").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].subject", equalTo(newsletter.get("subject")))
                .body("items[0].recipientCount", equalTo(2));
    }

    @Test
    @TestSecurity(user = "redaktion", roles = "admin")
    @DisplayName("an empty subject or a text too long is a validation problem; a draft process has no followers to "
            + "write to")
    void badInput() {
        badRequest().contentType(ContentType.JSON).body(Map.of("subject", " ", "body", "x".repeat(5001))).when()
                .post("/api/v1/processes/" + process + "/newsletters/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("subject", "body"));
        String draft = aProcess().draft().create().slug();
        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + draft + "/newsletters/send").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "moderation", roles = "moderator")
    @DisplayName("only administrators write newsletters, not moderators")
    void citizensMayNot() {
        api().contentType(ContentType.JSON).body(newsletter).when()
                .post("/api/v1/processes/" + process + "/newsletters/send").then().statusCode(403);
    }
}
