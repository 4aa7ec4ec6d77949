package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;
import org.mitwirken.support.TestClients;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Following by e-mail: double opt-in, one-click unsubscribe, mail sent exactly once")
class SubscriptionTest {
    private static final Pattern CONFIRM = Pattern.compile("/benachrichtigungen/bestaetigen\\?token=([\\w.-]+)");

    @Inject
    OutboxSender sender;

    private String process;

    @BeforeEach
    void publishedProcess() {
        sender.drain();
        process = aProcess().titled("INSEK <Innenstadt> & mehr").create().slug();
    }

    @AfterEach
    void mailServerRunning() {
        TestMailServer.stopServer();
        TestMailServer.startServer();
    }

    @Test
    @DisplayName("a sign-up gets one confirmation mail in German, plain and HTML, and nothing else until it is clicked")
    void confirmationMailFirst() throws Exception {
        String address = address();
        subscribe(address, "PROCESS", process, null).then().statusCode(202);
        sender.drain();

        List<MimeMessage> mails = TestMailServer.receivedBy(address);
        assertThat(mails, hasSize(1));
        MimeMessage mail = mails.get(0);
        assertEquals("Bitte bestätigen: Neuigkeiten zu „INSEK <Innenstadt> & mehr“ per E-Mail", mail.getSubject());
        assertThat(mail.getHeader("Message-ID")[0], containsString("@mitwirken>"));
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text, containsString("Ja, ich möchte Neuigkeiten erhalten:\n"));
        assertThat(html, containsString("<html lang=\"de\">"));
        assertThat(html, containsString("„INSEK &lt;Innenstadt&gt; &amp; mehr“"));
        assertThat(html, not(containsString("<img")));
        assertThat(confirmToken(text), equalTo(confirmToken(html.replace("&amp;", "&"))));
    }

    @Test
    @DisplayName("the link confirms the address, again harmlessly; signing up again then sends nothing and says the same")
    void confirmOnceAndStaySilent() throws Exception {
        String address = address();
        subscribe(address, "PROCESS", process, "en").then().statusCode(202);
        sender.drain();
        MimeMessage mail = TestMailServer.receivedBy(address).get(0);
        assertEquals("Please confirm: news about “INSEK <Innenstadt> & mehr” by e-mail", mail.getSubject());
        String token = confirmToken(part(mail, "text/plain"));

        for (int i = 0; i < 2; i++) {
            api().queryParam("token", token).when().post("/api/v1/subscriptions/confirm").then().statusCode(200)
                    .body("scopeType", equalTo("PROCESS")).body("scope", equalTo(process))
                    .body("title", equalTo("INSEK <Innenstadt> & mehr")).body("path", equalTo("/"));
        }
        subscribe(address, "PROCESS", process, "en").then().statusCode(202);
        sender.drain();
        assertThat(TestMailServer.receivedBy(address), hasSize(1));
    }

    @Test
    @DisplayName("one address gets at most one confirmation mail per sign-up in 10 minutes and 5 a day, whoever asks")
    void noMailBombing() {
        String address = address();
        for (int i = 0; i < 3; i++) {
            subscribe(address, "PROCESS", process, null).then().statusCode(202);
        }
        for (int i = 0; i < 6; i++) {
            subscribe(address, "PROCESS", aProcess().create().slug(), null).then().statusCode(202);
        }
        sender.drain();
        assertThat(TestMailServer.receivedBy(address), hasSize(5));
    }

    @Test
    @DisplayName("unsubscribing deletes the address: the confirm link stops working, and repeating it is harmless")
    void unsubscribeDeletes() throws Exception {
        String address = address();
        subscribe(address, "PROCESS", process, null).then().statusCode(202);
        sender.drain();
        String confirm = confirmToken(part(TestMailServer.receivedBy(address).get(0), "text/plain"));
        String id = confirm.substring(0, confirm.indexOf('.'));
        String unsubscribe = unsubscribeToken(UUID.fromString(id));

        api().queryParam("token", confirm).when().post("/api/v1/subscriptions/unsubscribe").then().statusCode(404)
                .body("code", equalTo("mail-link-invalid"));
        // RFC 8058: the mail program posts the form body itself.
        api().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .queryParam("token", unsubscribe).when().post("/api/v1/subscriptions/unsubscribe").then()
                .statusCode(204);
        api().queryParam("token", unsubscribe).when().post("/api/v1/subscriptions/unsubscribe").then()
                .statusCode(204);
        api().queryParam("token", confirm).when().post("/api/v1/subscriptions/confirm").then().statusCode(404)
                .body("code", equalTo("mail-link-invalid"));
    }

    @Test
    @DisplayName("made-up links, unknown scopes, drafts and malformed addresses are refused with clear problems")
    void badInput() {
        api().queryParam("token", UUID.randomUUID() + ".0123456789abcdef0123456789abcdef").when()
                .post("/api/v1/subscriptions/confirm").then().statusCode(404).body("code", equalTo("mail-link-invalid"));
        api().queryParam("token", "no-dot").when().post("/api/v1/subscriptions/confirm").then().statusCode(404);
        subscribe(address(), "PROCESS", "gibt-es-nicht", null).then().statusCode(400)
                .body("violations[0].field", equalTo("scope")).body("violations[0].code", equalTo("unknown"));
        subscribe(address(), "PROCESS", aProcess().draft().create().slug(), null).then().statusCode(400)
                .body("violations[0].code", equalTo("unknown"));
        badRequest().header("X-Forwarded-For", TestClients.uniqueAddress()).contentType("application/json")
                .body(Map.of("email", "kein-at-zeichen", "scopeType", "PROCESS", "scope", process, "language", "fr"))
                .when().post("/api/v1/subscriptions").then().statusCode(400)
                .body("violations.code", containsInAnyOrder("email-address", "mail-language"))
                .body("violations.message", hasItem(
                        "ist keine E-Mail-Adresse, an die wir schreiben können"));
    }

    @Test
    @DisplayName("mails caused while the mail server is away are all delivered once it is back, each exactly once, "
            + "also with two instances sending")
    void mailServerAwayAndBack() throws Exception {
        TestMailServer.stopServer();
        List<String> addresses = List.of(address(), address(), address());
        for (String address : addresses) {
            subscribe(address, "PROCESS", process, null).then().statusCode(202);
        }
        sender.drain();
        TestMailServer.startServer();
        // The retry waits are minutes long; the server is back now.
        QuarkusTransaction.requiringNew().run(() -> CDI.current().select(EntityManager.class).get()
                .createNativeQuery("update outbox_message set next_attempt_at = now() where delivered_at is null "
                        + "and abandoned_at is null").executeUpdate());
        Thread other = new Thread(sender::drain);
        other.start();
        sender.drain();
        other.join();
        sender.drain();
        for (String address : addresses) {
            assertThat(address, TestMailServer.receivedBy(address), hasSize(1));
        }
        // Other tests' mails may leave in the same drains; of these, each went exactly once.
        assertThat(TestMailServer.received().stream().filter(mail -> addresses.contains(recipient(mail))).toList(),
                hasSize(addresses.size()));
    }

    private static Response subscribe(String address, String scopeType, String scope, String language) {
        Map<String, Object> body = new HashMap<>(Map.of("email", address, "scopeType", scopeType, "scope", scope));
        if (language != null) {
            body.put("language", language);
        }
        return client().contentType("application/json").body(body).when().post("/api/v1/subscriptions");
    }

    private static RequestSpecification client() {
        return api().header("X-Forwarded-For", TestClients.uniqueAddress());
    }

    private static String address() {
        return "buerger-" + UUID.randomUUID() + "@example.org";
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String confirmToken(String content) {
        Matcher link = CONFIRM.matcher(content);
        if (!link.find()) {
            throw new AssertionError("no confirmation link in " + content);
        }
        return link.group(1);
    }

    private static String unsubscribeToken(UUID subscription) {
        return CDI.current().select(SubscriptionLinks.class).get()
                .token(subscription, SubscriptionLinks.Purpose.UNSUBSCRIBE);
    }

    static String part(MimeMessage mail, String type) throws Exception {
        return TestMailServer.part(mail, type);
    }
}
