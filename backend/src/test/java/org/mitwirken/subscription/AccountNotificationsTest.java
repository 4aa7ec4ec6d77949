package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.support.TestData.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.mail.TestAddressBook;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;
import org.mitwirken.synthesis.InputKey;
import org.mitwirken.synthesis.ResponseStatus;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisService;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Account holders hear about their own contributions and what they follow, at once or in a digest")
class AccountNotificationsTest {

    @Inject
    OutboxSender sender;

    @Inject
    CommentService comments;

    @Inject
    SynthesisService synthesis;

    @Inject
    Digests digests;

    @Inject
    EntityManager entityManager;

    @Inject
    TestAddressBook keycloak;

    @BeforeEach
    void keycloakAnswers() {
        keycloak.reachable(true);
        sender.drain();
    }

    @Test
    @DisplayName("my pre-moderated comment: I hear when it is approved, with a link to it, and when it is hidden, with "
            + "the moderators' reason; the address comes from Keycloak and is stored nowhere here")
    void moderationOutcomes() throws Exception {
        String me = newAccount();
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Stadtspaziergang Innenstadt")
                .participation(true, true, true).create();
        UUID comment = comment(format, me, null);
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), empty());

        decide(comment, ModerationAction.APPROVE, null);
        sender.drain();
        MimeMessage approved = only(me);
        assertEquals("Ihr Beitrag ist freigeschaltet: „Stadtspaziergang Innenstadt“", approved.getSubject());
        assertThat(SubscriptionTest.part(approved, "text/plain"),
                containsString("/formate/" + format.slug() + "#comment-" + comment));

        decide(comment, ModerationAction.HIDE, "Enthält eine Telefonnummer");
        sender.drain();
        List<MimeMessage> mails = TestMailServer.receivedBy(address(me));
        assertThat(mails, hasSize(2));
        assertEquals("Ihr Beitrag wurde ausgeblendet: „Stadtspaziergang Innenstadt“", mails.get(1).getSubject());
        assertThat(SubscriptionTest.part(mails.get(1), "text/plain"),
                containsString("Begründung: Enthält eine Telefonnummer"));
        assertEquals(0L, entityManager.createNativeQuery("select count(*) from outbox_message where payload like ?1",
                Long.class).setParameter(1, "%" + address(me) + "%").getSingleResult());
    }

    @Test
    @DisplayName("a reply to my comment is news to me; my own reply to it, or one to an anonymous comment, tells nobody")
    void replies() throws Exception {
        String me = newAccount();
        String neighbour = newAccount();
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Zukunftswerkstatt")
                .participation(true, true, false).create();
        UUID mine = comment(format, me, null);
        UUID reply = comment(format, neighbour, mine);
        comment(format, me, mine);
        sender.drain();

        MimeMessage told = only(me);
        assertEquals("Neue Antwort auf Ihren Beitrag: „Zukunftswerkstatt“", told.getSubject());
        assertThat(SubscriptionTest.part(told, "text/html"), containsString("#comment-" + reply + "\">Die Antwort lesen"));
        assertThat(TestMailServer.receivedBy(address(neighbour)), empty());
    }

    @Test
    @DisplayName("when the city answers my comment I am told once, with the link to what became of it; changing the "
            + "answer later tells me nothing new")
    void officialResponse() throws Exception {
        String me = newAccount();
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, false).create();
        UUID comment = comment(format, me, null);
        String field = aFieldOfAction().titled("Grüne Innenstadt").create().slug();
        List<InputKey> answered = List.of(new InputKey(InputKind.COMMENT, comment.toString()));

        var response = QuarkusTransaction.requiringNew().call(() -> synthesis.respond(new ResponseRequest(field, null,
                "Mehr Bäume am Stiftsplatz", ResponseStatus.TAKEN_UP, "Wird 2025 gepflanzt", answered, null)));
        sender.drain();
        MimeMessage told = only(me);
        assertEquals("Die Stadt hat auf Ihren Beitrag geantwortet", told.getSubject());
        assertThat(SubscriptionTest.part(told, "text/plain"),
                containsString("/was-wurde-daraus/COMMENT/" + comment));

        QuarkusTransaction.requiringNew().run(() -> synthesis.updateResponse(response.id(), new ResponseRequest(field,
                null, "Mehr Bäume am Stiftsplatz", ResponseStatus.PARTLY, "Teilweise 2025", answered,
                response.version())));
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), hasSize(1));
    }

    @Test
    @DisplayName("the one-click link in such a mail stops mails about my contributions, and nothing more comes")
    void optOutByLink() throws Exception {
        String me = newAccount();
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, true).create();
        UUID first = comment(format, me, null);
        UUID second = comment(format, me, null);
        decide(first, ModerationAction.APPROVE, null);
        sender.drain();
        String oneClick = only(me).getHeader("List-Unsubscribe")[0];
        api().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .queryParam("token", oneClick.substring(oneClick.indexOf("token=") + 6, oneClick.length() - 1))
                .when().post("/api/v1/subscriptions/unsubscribe").then().statusCode(204);

        decide(second, ModerationAction.APPROVE, null);
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), hasSize(1));
    }

    @Test
    @DisplayName("an account that wants a daily digest gets no mail at once, then one digest with all its news, once, "
            + "even when the digest runs twice")
    void dailyDigest() throws Exception {
        String me = newAccount();
        QuarkusTransaction.requiringNew().run(() -> CommentSupport.preference(me, NotificationFrequency.DAILY));
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Bürgerdialog")
                .participation(true, true, true).create();
        UUID first = comment(format, me, null);
        UUID second = comment(format, me, null);
        decide(first, ModerationAction.APPROVE, null);
        decide(second, ModerationAction.REJECT, "Doppelt");
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), empty());

        digests.send(NotificationFrequency.WEEKLY);
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), empty());
        digests.send(NotificationFrequency.DAILY);
        digests.send(NotificationFrequency.DAILY);
        sender.drain();
        MimeMessage digest = only(me);
        assertEquals("Tagesübersicht: 2 Neuigkeiten bei Mitwirken", digest.getSubject());
        String html = SubscriptionTest.part(digest, "text/html");
        assertThat(html, containsString("<h2>Ihr Beitrag ist jetzt öffentlich</h2>"));
        assertThat(html, containsString("<h2>Ihr Beitrag wurde nicht veröffentlicht</h2>"));
    }

    @Test
    @DisplayName("while Keycloak cannot be asked for the address the mail waits, and it leaves once Keycloak answers; an "
            + "account without a verified address gets nothing")
    void keycloakAway() throws Exception {
        String me = newAccount();
        String unverified = newAccount();
        keycloak.unverify(unverified);
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, true, true).create();
        UUID mine = comment(format, me, null);
        UUID theirs = comment(format, unverified, null);
        keycloak.reachable(false);
        decide(mine, ModerationAction.APPROVE, null);
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), empty());

        keycloak.reachable(true);
        decide(theirs, ModerationAction.APPROVE, null);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update outbox_message "
                + "set next_attempt_at = now() where delivered_at is null and abandoned_at is null").executeUpdate());
        sender.drain();
        assertThat(TestMailServer.receivedBy(address(me)), hasSize(1));
        assertThat(TestMailServer.receivedBy(address(unverified)), empty());
    }

    @Test
    @TestSecurity(user = "follower-settings")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("on my Benachrichtigungen page I follow a process without a confirmation mail, choose a weekly "
            + "digest in English, see it all in my data export, and unfollow again")
    void settingsPage() {
        String process = aProcess().titled("INSEK Kaiserslautern").create().slug();
        api().when().put("/api/v1/me/notifications/following/PROCESS/" + process).then().statusCode(204);
        api().when().put("/api/v1/me/notifications/following/PROCESS/" + process).then().statusCode(204);
        api().when().put("/api/v1/me/notifications/following/PROCESS/gibt-es-nicht").then().statusCode(404);
        api().contentType(ContentType.JSON).body(Map.of("frequency", "WEEKLY", "ownContributions", false,
                "language", "en")).when().put("/api/v1/me/notifications").then().statusCode(200)
                .body("frequency", equalTo("WEEKLY")).body("language", equalTo("en"))
                .body("emailVerified", equalTo(true))
                .body("following.scope", contains(process))
                .body("following[0].title", equalTo("INSEK Kaiserslautern"));
        badRequest().contentType(ContentType.JSON).body(Map.of("frequency", "HOURLY", "ownContributions", true,
                "language", "en")).when().put("/api/v1/me/notifications").then().statusCode(400)
                .body("violations.field", contains("frequency"));
        badRequest().contentType(ContentType.JSON).body(Map.of("frequency", "DAILY", "ownContributions", true,
                "language", "fr")).when().put("/api/v1/me/notifications").then().statusCode(400)
                .body("violations.code", contains("mail-language"));
        api().when().get("/api/v1/me/data").then().statusCode(200)
                .body("sections.notifications.frequency", equalTo("WEEKLY"))
                .body("sections.notifications.following.scope", contains(process));

        api().when().delete("/api/v1/me/notifications/following/PROCESS/" + process).then().statusCode(204);
        api().when().get("/api/v1/me/notifications").then().statusCode(200).body("following", empty());
    }

    @Test
    @TestSecurity(user = "follower-unverified")
    @DisplayName("an account whose address Keycloak has not verified cannot follow: nothing could reach it")
    void unverifiedCannotFollow() {
        String process = aProcess().create().slug();
        api().when().put("/api/v1/me/notifications/following/PROCESS/" + process).then().statusCode(409)
                .body("code", equalTo("follow-needs-verified-email"));
    }

    @Test
    @TestSecurity(user = "follower-erased")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("erasing my data removes what I follow and how I wanted to hear")
    void erasure() {
        String process = aProcess().create().slug();
        api().when().put("/api/v1/me/notifications/following/PROCESS/" + process).then().statusCode(204);
        api().queryParam("contributions", "DELETE").when().delete("/api/v1/me/data").then().statusCode(204);
        assertEquals(0L, entityManager.createNativeQuery("select (select count(*) from subscription where "
                + "account_subject = 'follower-erased') + (select count(*) from notification_preference where "
                + "account_subject = 'follower-erased')", Long.class).getSingleResult());
    }

    /** Writes the way the services are called by the web app, independent of the test's login. */
    static final class CommentSupport {
        private CommentSupport() {
        }

        static void preference(String account, NotificationFrequency frequency) {
            NotificationPreference preference = jakarta.enterprise.inject.spi.CDI.current()
                    .select(NotificationPreferences.class).get().findOrCreate(account);
            preference.frequency = frequency;
        }
    }

    private UUID comment(FormatResponse format, String author, UUID parent) {
        return comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), parent, "Mehr Bäume", null),
                account(author)).comment().id();
    }

    private void decide(UUID comment, ModerationAction decision, String reason) {
        comments.decide(comment, new DecisionRequest(decision, reason), account("moderation"));
    }

    private static String newAccount() {
        return "konto-" + UUID.randomUUID();
    }

    private static String address(String subject) {
        return TestAddressBook.addressOf(subject);
    }

    private static MimeMessage only(String account) {
        return TestMailServer.onlyMailTo(address(account));
    }
}
