package org.mitwirken.registration;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mitwirken.calendar.CalendarService;
import org.mitwirken.mail.MailSnapshot;

@QuarkusTest
@DisplayName("Registration mails read as approved, in German and in English")
class RegistrationMailsSnapshotTest {
    private static final UUID REGISTRATION = UUID.fromString("3c9e1f2a-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
    private static final RegistrationMails.Event EVENT = new RegistrationMails.Event("Öffentlicher Dialog",
            "oeffentlicher-dialog", LocalDate.of(2024, 11, 13), LocalDate.of(2024, 11, 13),
            "Fruchthalle, Fruchthallstraße 10", new CalendarService.Calendar("termin-oeffentlicher-dialog.ics",
                    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)));

    @Inject
    RegistrationMails mails;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a seat: when and where, the calendar file, the way to the event and how to give the seat back")
    void confirmed(String language) {
        MailSnapshot.assertMatches("registration-confirmed." + language, mails.confirmed(registrant(language), EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a waiting place: that the seats are taken, that one moves up in turn, and how to leave the list")
    void waiting(String language) {
        MailSnapshot.assertMatches("registration-waiting." + language, mails.waiting(registrant(language), EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("moved up: someone cancelled and the seat is now one's own")
    void movedUp(String language) {
        MailSnapshot.assertMatches("registration-moved-up." + language, mails.movedUp(registrant(language), EVENT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("cancelled: no longer registered, and the details are deleted")
    void cancelled(String language) {
        MailSnapshot.assertMatches("registration-cancelled." + language, mails.cancelled(registrant(language), EVENT));
    }

    private static Registration registrant(String language) {
        Registration registration = new Registration();
        registration.id = REGISTRATION;
        registration.name = "Erika Mustermann";
        registration.email = "erika@example.org";
        registration.answers = List.of();
        registration.status = RegistrationStatus.CONFIRMED;
        registration.language = language;
        registration.createdAt = Instant.parse("2024-10-01T10:00:00Z");
        return registration;
    }
}
