package org.mitwirken.registration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.registration.RegistrationTest.address;
import static org.mitwirken.registration.RegistrationTest.event;
import static org.mitwirken.registration.RegistrationTest.register;
import static org.mitwirken.support.Contract.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Registrations for staff and as personal data: the list, CSV, attendance in the statistics, export, "
        + "erasure and retention")
class RegistrationStaffTest {

    @Inject
    OutboxSender sender;

    @Inject
    RegistrationService service;

    @Inject
    RegistrationPersonalData personalData;

    @Inject
    RegistrationRepository registrations;

    @BeforeEach
    void nothingWaiting() {
        sender.drain();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("admins open registration with questions; staff see seats first, then the waiting list, and get a "
            + "CSV for the door that no spreadsheet runs as a formula")
    void listAndCsv() {
        String format = aFormatIn(aProcess().create().slug()).on(LocalDate.now().plusDays(20)).create().slug();
        api().contentType("application/json").body(new RegistrationSettings(1, 5, LocalDate.now().plusDays(10),
                List.of("Brauchen Sie einen barrierefreien Zugang?"), true))
                .when().put("/api/v1/formats/" + format + "/registration").then().statusCode(200)
                .body("open", equalTo(true)).body("seatsLeft", equalTo(1))
                .body("questions", contains("Brauchen Sie einen barrierefreien Zugang?"));
        String erika = address();
        register(format, erika, "Erika Mustermann", null, List.of("Ja, Rollstuhl")).then().statusCode(201);
        register(format, address(), "=HYPERLINK(\"http://evil.example\")", null).then().statusCode(201);

        api().queryParam("size", 1).when().get("/api/v1/formats/" + format + "/registration/registrations").then()
                .statusCode(200).body("total", equalTo(2)).body("items.name", contains("Erika Mustermann"))
                .body("items[0].email", equalTo(erika)).body("items[0].status", equalTo("CONFIRMED"))
                .body("items[0].answers", contains("Ja, Rollstuhl"));
        api().queryParam("page", 1).queryParam("size", 1).when()
                .get("/api/v1/formats/" + format + "/registration/registrations").then()
                .body("items.status", contains("WAITING"));

        String csv = api().when().get("/api/v1/formats/" + format + "/registration/registrations.csv").then()
                .statusCode(200).header("Content-Disposition", containsString(format + "-anmeldungen.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFName,E-Mail,Status,Sprache,Angemeldet am,Brauchen Sie einen barrierefreien Zugang?",
                lines.get(0));
        assertThat(lines.get(1), startsWith("Erika Mustermann," + erika + ",Platz,de,"));
        assertThat(lines.get(1), containsString(",\"Ja, Rollstuhl\""));
        assertThat(lines.get(2), startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\","));
    }

    @Test
    @DisplayName("without a staff role the list, the CSV and the settings are refused")
    void staffOnly() {
        String event = event(3, 0, List.of());
        api().when().get("/api/v1/formats/" + event + "/registration/registrations").then().statusCode(401);
        api().when().get("/api/v1/formats/" + event + "/registration/registrations.csv").then().statusCode(401);
        api().contentType("application/json").body(new AttendanceRequest(3))
                .when().put("/api/v1/formats/" + event + "/registration/attendance").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    @DisplayName("the attendance staff record and the seats taken flow into the statistics")
    void attendanceInStatistics() {
        String event = event(10, 0, List.of());
        register(event, address(), "Erika", null).then().statusCode(201);
        register(event, address(), "Max", null).then().statusCode(201);
        api().contentType("application/json").body(new AttendanceRequest(37))
                .when().put("/api/v1/formats/" + event + "/registration/attendance").then().statusCode(200)
                .body("attendance", equalTo(37));

        api().when().get("/api/v1/statistics").then().statusCode(200)
                .body("totals.find { it.key == 'ATTENDANCE' }.count", org.hamcrest.Matchers.greaterThanOrEqualTo(37))
                .body("perChannel.find { it.key == 'ON_SITE' }.count", org.hamcrest.Matchers.greaterThanOrEqualTo(37))
                .body("totals.find { it.key == 'REGISTRATION' }.count", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    @TestSecurity(user = "erika-registriert")
    @DisplayName("a registration made with a login is in the account's data; erasing it frees the seat for the first "
            + "who waits, without a mail to the erased address")
    void personalData() throws Exception {
        String event = event(1, 1, List.of("Essenswünsche?"));
        String erika = address();
        String max = address();
        register(event, erika, "Erika", null, List.of("vegetarisch")).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            List<RegistrationPersonalData.RegistrationRecord> records = personalData.export("erika-registriert");
            assertThat(records, hasSize(1));
            assertEquals("Zukunftswerkstatt", records.get(0).format());
            assertEquals(erika, records.get(0).email());
            assertEquals(List.of("vegetarisch"), records.get(0).answers());
        });
        api().when().get("/api/v1/me/data").then().statusCode(200)
                .body("sections.registrations.email", contains(erika));
        // Max waits for a seat, registered without a login (this test's requests all carry Erika's).
        UUID format = id(event);
        QuarkusTransaction.requiringNew().run(() -> {
            Registration waiting = new Registration();
            waiting.formatId = format;
            waiting.name = "Max";
            waiting.email = max;
            waiting.answers = List.of("");
            waiting.status = RegistrationStatus.WAITING;
            waiting.language = "de";
            waiting.createdAt = java.time.Instant.now();
            registrations.persist(waiting);
        });
        sender.drain();

        QuarkusTransaction.requiringNew().run(() -> personalData.erase("erika-registriert", ErasureMode.DELETE));
        sender.drain();

        QuarkusTransaction.requiringNew().run(() -> assertThat(personalData.export("erika-registriert"), empty()));
        assertThat(TestMailServer.receivedBy(erika), hasSize(1));
        assertThat(TestMailServer.receivedBy(max), hasSize(1));
        assertThat(TestMailServer.receivedBy(max).get(0).getSubject(), startsWith("Nachgerückt: "));
    }

    @Test
    @DisplayName("some time after the event the registrations are deleted, their mails forgotten, and only the number "
            + "of seats taken stays in the statistics; retiring a process deletes them too")
    void retention() {
        String past = event(5, 0, List.of());
        register(past, address(), "Erika", null).then().statusCode(201);
        register(past, address(), "Max", null).then().statusCode(201);
        UUID pastId = id(past);
        String future = event(5, 0, List.of());
        register(future, address(), "Mia", null).then().statusCode(201);
        // The event moves to 40 days ago: past the 30 days registrations are kept.
        QuarkusTransaction.requiringNew().run(() -> registrations.getEntityManager().createNativeQuery(
                "update participation_format set starts_on = current_date - 40, ends_on = current_date - 40 "
                        + "where id = ?1").setParameter(1, pastId).executeUpdate());

        service.forgetPastEvents();

        assertEquals(0L, count(pastId));
        assertEquals(1L, count(id(future)));
        assertEquals(2L, tallied(pastId));

        QuarkusTransaction.requiringNew().run(() -> personalData.retire(Set.of(id(future)), ErasureMode.ANONYMISE));
        assertEquals(0L, count(id(future)));
        assertEquals(1L, tallied(id(future)));
    }

    private long count(UUID format) {
        return QuarkusTransaction.requiringNew().call(() -> registrations.count("formatId", format));
    }

    private long tallied(UUID format) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) registrations.getEntityManager()
                .createNativeQuery("select coalesce(sum(confirmed), 0) from registration_tally where format_id = ?1")
                .setParameter(1, format).getSingleResult()).longValue());
    }

    private static UUID id(String slug) {
        return UUID.fromString(api().when().get("/api/v1/formats/" + slug).then().extract().path("id"));
    }
}
