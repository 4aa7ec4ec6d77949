package org.mitwirken.registration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;
import org.mitwirken.support.TestClients;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Registering for an event: seats, a waiting list that moves up, cancellation by link")
class RegistrationTest {
    private static final Pattern CANCEL = Pattern.compile("/anmeldung/abmelden\\?token=([\\w.-]+)");

    @Inject
    OutboxSender sender;

    @Inject
    RegistrationService service;

    @BeforeEach
    void nothingWaiting() {
        sender.drain();
    }

    @Test
    @DisplayName("the first gets a seat and a confirmation with the event as .ics, the next a waiting place, then "
            + "the event is full; the state shows seats and waiting list but nobody's data")
    void seatsThenWaitingListThenFull() throws Exception {
        String event = event(1, 1, List.of());
        String first = address();
        String second = address();

        register(event, first, "Erika Mustermann", null).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        register(event, second, "Max Muster", "en").then().statusCode(201).body("status", equalTo("WAITING"));
        register(event, address(), "Zu spät", null).then().statusCode(409).body("code", equalTo("event-full"))
                .body("detail", equalTo("Alle Plätze sind vergeben, und auf der Warteliste ist kein Platz mehr frei."));
        String state = api().when().get("/api/v1/formats/" + event + "/registration").then().statusCode(200)
                .body("offered", equalTo(true)).body("open", equalTo(true)).body("capacity", equalTo(1))
                .body("seatsLeft", equalTo(0)).body("waitingList", equalTo(1)).body("waiting", equalTo(1))
                .extract().asString();
        assertThat(state, not(containsString("Erika")));
        sender.drain();

        MimeMessage confirmation = only(first);
        assertThat(confirmation.getSubject(), startsWith("Angemeldet: Zukunftswerkstatt, "));
        assertThat(TestMailServer.part(confirmation, "text/plain"), containsString("Guten Tag Erika Mustermann, Sie "
                + "haben einen Platz bei „Zukunftswerkstatt“."));
        String ics = TestMailServer.part(confirmation, "text/calendar");
        assertThat(ics, containsString("METHOD:PUBLISH"));
        assertThat(ics, containsString("BEGIN:VTIMEZONE\nTZID:Europe/Berlin"));
        assertThat(ics, containsString("UID:" + formatId(event) + "@mitwirken"));
        assertEquals("termin-" + event + ".ics", TestMailServer.fileName(confirmation, "text/calendar"));
        MimeMessage waiting = only(second);
        assertEquals("Waiting list: Zukunftswerkstatt", waiting.getSubject());
        assertThat(TestMailServer.part(waiting, "text/plain"), containsString("Leave the waiting list:\n"));
    }

    @Test
    @DisplayName("cancelling from the mail's link frees the seat for the first who waits, who is told with the .ics; "
            + "the registrant is told too, and cancelling again is harmless")
    void cancelAndMoveUp() throws Exception {
        String event = event(1, 2, List.of());
        String first = address();
        String second = address();
        String third = address();
        register(event, first, "Erika", null).then().statusCode(201);
        register(event, second, "Max", null).then().statusCode(201).body("status", equalTo("WAITING"));
        register(event, third, "Mia", null).then().statusCode(201).body("status", equalTo("WAITING"));
        sender.drain();
        String token = cancelToken(TestMailServer.part(only(first), "text/plain"));

        for (int i = 0; i < 2; i++) {
            api().queryParam("token", token).when().post("/api/v1/registrations/cancel").then().statusCode(204);
        }
        sender.drain();

        List<MimeMessage> movedUp = TestMailServer.receivedBy(second);
        assertThat(movedUp, hasSize(2));
        assertThat(movedUp.get(1).getSubject(), startsWith("Nachgerückt: Zukunftswerkstatt, "));
        assertThat(TestMailServer.part(movedUp.get(1), "text/plain"), containsString("Jetzt haben Sie einen Platz"));
        assertThat(TestMailServer.part(movedUp.get(1), "text/calendar"), containsString("BEGIN:VEVENT"));
        assertThat(TestMailServer.receivedBy(third), hasSize(1));
        List<MimeMessage> toFirst = TestMailServer.receivedBy(first);
        assertThat(toFirst, hasSize(2));
        assertEquals("Abgemeldet: Zukunftswerkstatt", toFirst.get(1).getSubject());
        api().when().get("/api/v1/formats/" + event + "/registration").then()
                .body("seatsLeft", equalTo(0)).body("waiting", equalTo(1));
    }

    @Test
    @DisplayName("registering an address again answers its status and sends nothing more")
    void onePerAddress() {
        String event = event(1, 5, List.of());
        String address = address();
        register(event, address, "Erika", null).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        register(event, address.toUpperCase(), "Jemand anders", null).then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        sender.drain();
        assertThat(TestMailServer.receivedBy(address), hasSize(1));
        api().when().get("/api/v1/formats/" + event + "/registration").then().body("waiting", equalTo(0));
    }

    @Test
    @DisplayName("two people taking the last seat at once: exactly one gets it, the others hear the event is full")
    void lastSeatOnce() throws Exception {
        String event = event(1, 0, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> register(event, address(), "Eilig", null).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : pool.invokeAll(attempts)) {
                statuses.add(attempt.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        api().when().get("/api/v1/formats/" + event + "/registration").then().body("seatsLeft", equalTo(0));
    }

    @Test
    @DisplayName("answers are kept per question; more answers than questions, bad addresses and made-up links are "
            + "refused with clear problems")
    void badInput() {
        String event = event(5, 0, List.of("Brauchen Sie einen barrierefreien Zugang?"));
        register(event, address(), "Erika", null, List.of("Ja", "Und noch etwas")).then().statusCode(400)
                .body("violations[0].field", equalTo("answers")).body("violations[0].code", equalTo("too-many"));
        badRequest().header("X-Forwarded-For", TestClients.uniqueAddress()).contentType("application/json")
                .body(Map.of("name", "Erika", "email", "kein-at-zeichen", "language", "fr"))
                .when().post("/api/v1/formats/" + event + "/registration/registrations").then().statusCode(400)
                .body("violations.code", containsInAnyOrder("email-address", "mail-language"));
        api().queryParam("token", UUID.randomUUID() + ".0123456789abcdef0123456789abcdef").when()
                .post("/api/v1/registrations/cancel").then().statusCode(404)
                .body("code", equalTo("cancellation-link-invalid"));
        api().queryParam("token", "kein-punkt").when().post("/api/v1/registrations/cancel").then().statusCode(404);
    }

    @Test
    @DisplayName("without an opening, after closing and after the deadline nobody can register; drafts are not found")
    void closed() {
        String format = aFormatIn(aProcess().create().slug()).on(LocalDate.now().plusDays(20)).create().slug();
        api().when().get("/api/v1/formats/" + format + "/registration").then().statusCode(200)
                .body("offered", equalTo(false)).body("capacity", nullValue());
        register(format, address(), "Erika", null).then().statusCode(409).body("code", equalTo("registration-closed"));

        String closedByStaff = event(5, 0, List.of());
        service.configure(closedByStaff, new RegistrationSettings(5, 0, LocalDate.now().plusDays(5), List.of(), false));
        register(closedByStaff, address(), "Erika", null).then().statusCode(409)
                .body("code", equalTo("registration-closed"));

        String pastDeadline = event(5, 0, List.of());
        service.configure(pastDeadline, new RegistrationSettings(5, 0, LocalDate.now().minusDays(2), List.of(), true));
        register(pastDeadline, address(), "Erika", null).then().statusCode(409)
                .body("code", equalTo("registration-closed"));
        api().when().get("/api/v1/formats/" + pastDeadline + "/registration").then().body("open", equalTo(false));

        String draft = aFormatIn(aProcess().create().slug()).on(LocalDate.now().plusDays(20)).draft().create().slug();
        register(draft, address(), "Erika", null).then().statusCode(404);
    }

    @Test
    @DisplayName("more seats let the waiting list move up at once, in order")
    void moreSeats() {
        String event = event(1, 3, List.of());
        String waitingFirst = address();
        String waitingSecond = address();
        register(event, address(), "Erika", null).then().statusCode(201);
        register(event, waitingFirst, "Max", null).then().body("status", equalTo("WAITING"));
        register(event, waitingSecond, "Mia", null).then().body("status", equalTo("WAITING"));
        sender.drain();

        service.configure(event, new RegistrationSettings(2, 3, LocalDate.now().plusDays(10), List.of(), true));
        sender.drain();

        assertThat(TestMailServer.receivedBy(waitingFirst), hasSize(2));
        assertThat(TestMailServer.receivedBy(waitingSecond), hasSize(1));
        api().when().get("/api/v1/formats/" + event + "/registration").then().body("seatsLeft", equalTo(0))
                .body("waiting", equalTo(1));
    }

    /** A published format 20 days ahead at the Stadtbibliothek, open for registration. */
    static String event(int capacity, int waitingList, List<String> questions) {
        String slug = aFormatIn(aProcess().create().slug()).titled("Zukunftswerkstatt")
                .on(LocalDate.now().plusDays(20)).at("Stadtbibliothek").create().slug();
        io.quarkus.arc.Arc.container().instance(RegistrationService.class).get().configure(slug,
                new RegistrationSettings(capacity, waitingList, LocalDate.now().plusDays(10), questions, true));
        return slug;
    }

    static Response register(String event, String address, String name, String language) {
        return register(event, address, name, language, List.of());
    }

    static Response register(String event, String address, String name, String language, List<String> answers) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", address, "answers", answers));
        if (language != null) {
            body.put("language", language);
        }
        return api().header("X-Forwarded-For", TestClients.uniqueAddress()).contentType("application/json")
                .body(body).when().post("/api/v1/formats/" + event + "/registration/registrations");
    }

    static String address() {
        return "teilnehmerin-" + UUID.randomUUID() + "@example.org";
    }

    static String cancelToken(String content) {
        Matcher link = CANCEL.matcher(content);
        if (!link.find()) {
            throw new AssertionError("no cancellation link in " + content);
        }
        return link.group(1);
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> mails = TestMailServer.receivedBy(address);
        assertThat(mails, hasSize(1));
        return mails.get(0);
    }

    private static String formatId(String slug) {
        return api().when().get("/api/v1/formats/" + slug).then().extract().path("id");
    }
}
