package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.subscription.Followers.follow;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.mail.TestMailServer.onlyMailTo;
import static org.mitwirken.mail.TestMailServer.subjectsReceivedBy;
import static org.mitwirken.mail.TestMailServer.subjectOf;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.CityTime;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Followers are reminded by the calendar: a format's date near, a survey closing, a phase beginning; "
        + "each reminder once, late if it was missed, never after its occasion")
class FollowerRemindersTest {

    @Inject
    FollowerReminders reminders;

    @Inject
    OutboxSender sender;

    private String process;

    @BeforeEach
    void aProcessInTheCity() {
        sender.drain();
        process = aProcess().titled("INSEK Kaiserslautern").create().slug();
    }

    @AfterEach
    void realTime() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @Test
    @DisplayName("a format's date is told a week and a day ahead to the followers of the format, its process and its "
            + "districts, once each however often the check runs; not for drafts, other processes or unconfirmed "
            + "addresses, and not before 7:00")
    void formatDateNear() throws Exception {
        String district = aDistrict().named("Dansenberg " + UUID.randomUUID()).create().slug();
        FormatResponse workshop = aFormatIn(process).titled("Zukunftswerkstatt").on(LocalDate.of(2030, 10, 17))
                .inDistricts(district).create();
        aFormatIn(process).titled("Noch nicht öffentlich").on(LocalDate.of(2030, 10, 17)).draft().create();
        String otherProcess = aProcess().create().slug();
        aFormatIn(otherProcess).titled("Anderswo").on(LocalDate.of(2030, 10, 17)).create();
        String processFollower = follow("PROCESS", process, "de", true);
        String formatFollower = follow("FORMAT", workshop.slug(), "en", true);
        String districtFollower = follow("DISTRICT", district, "de", true);
        String unconfirmed = follow("PROCESS", process, "de", false);
        String elsewhere = follow("PROCESS", otherProcess, "de", true);
        sender.drain();

        check(LocalDateTime.of(2030, 10, 10, 8, 0));
        check(LocalDateTime.of(2030, 10, 10, 9, 0));
        assertEquals("In einer Woche: Zukunftswerkstatt am 17.10.2030", onlyMailTo(processFollower).getSubject());
        MimeMessage english = onlyMailTo(formatFollower);
        assertEquals("In a week: Zukunftswerkstatt on 17 October 2030", english.getSubject());
        assertThat(SubscriptionTest.part(english, "text/plain"), containsString("/formate/" + workshop.slug()));
        assertEquals(1, TestMailServer.receivedBy(districtFollower).size());
        assertThat(TestMailServer.receivedBy(unconfirmed), empty());
        assertEquals(List.of("In einer Woche: Anderswo am 17.10.2030"), subjectsReceivedBy(elsewhere));

        check(LocalDateTime.of(2030, 10, 16, 6, 30));
        assertEquals(1, TestMailServer.receivedBy(processFollower).size(), "nobody is reminded at night");
        check(LocalDateTime.of(2030, 10, 16, 7, 5));
        check(LocalDateTime.of(2030, 10, 16, 18, 0));
        assertEquals(List.of("In einer Woche: Zukunftswerkstatt am 17.10.2030",
                "Morgen: Zukunftswerkstatt am 17.10.2030"), subjectsReceivedBy(processFollower));
        check(LocalDateTime.of(2030, 10, 17, 8, 0));
        assertEquals(2, TestMailServer.receivedBy(processFollower).size());
    }

    @Test
    @DisplayName("a reminder missed while the application was down is told late with what is true then, and none "
            + "once the day has passed")
    void missedReminders() throws Exception {
        aFormatIn(process).titled("Bürgerdialog").on(LocalDate.of(2030, 11, 20)).create();
        aFormatIn(process).titled("Stadtspaziergang").on(LocalDate.of(2030, 11, 24)).create();
        aFormatIn(process).titled("Vorbei").on(LocalDate.of(2030, 11, 18)).create();
        String follower = follow("PROCESS", process, "de", true);

        check(LocalDateTime.of(2030, 11, 19, 10, 0));
        check(LocalDateTime.of(2030, 11, 20, 10, 0));
        assertEquals(List.of("In 5 Tagen: Stadtspaziergang am 24.11.2030", "Morgen: Bürgerdialog am 20.11.2030"),
                subjectsReceivedBy(follower).stream().sorted().toList());
    }

    @Test
    @DisplayName("a survey closing in three days is told once to the followers of its format, late up to its last "
            + "day; not one that opened within those days, nor one in a draft format")
    void surveyClosesSoon() throws Exception {
        FormatResponse format = aFormatIn(process).titled("Online-Befragung").create();
        aSurvey().titled("Befragung zum INSEK").onFormat(format.slug())
                .window(berlin(2030, 3, 1, 0), berlin(2030, 3, 20, 18)).create();
        aSurvey().titled("Kurz und knapp").onFormat(format.slug())
                .window(berlin(2030, 3, 18, 0), berlin(2030, 3, 20, 18)).create();
        aSurvey().titled("Spät erinnert").onFormat(format.slug())
                .window(berlin(2030, 3, 1, 0), berlin(2030, 3, 19, 12)).create();
        String draftFormat = aFormatIn(process).draft().create().slug();
        aSurvey().titled("Entwurf").onFormat(draftFormat).window(berlin(2030, 3, 1, 0), berlin(2030, 3, 20, 18))
                .create();
        String follower = follow("FORMAT", format.slug(), "de", true);
        String english = follow("PROCESS", process, "en", true);

        check(LocalDateTime.of(2030, 3, 15, 9, 0));
        assertThat(TestMailServer.receivedBy(follower), empty());
        check(LocalDateTime.of(2030, 3, 18, 9, 0));
        check(LocalDateTime.of(2030, 3, 18, 9, 30));
        assertEquals(List.of("Noch 2 Tage: Befragung zum INSEK", "Nur noch bis morgen: Spät erinnert"),
                subjectsReceivedBy(follower).stream().sorted().toList());
        MimeMessage mail = TestMailServer.receivedBy(follower).stream()
                .filter(m -> subjectOf(m).contains("INSEK")).findFirst().orElseThrow();
        assertThat(SubscriptionTest.part(mail, "text/plain"),
                containsString("endet am 20.3.2030, 18:00 Uhr"));
        assertEquals(List.of("2 days left: Befragung zum INSEK", "Until tomorrow only: Spät erinnert"),
                subjectsReceivedBy(english).stream().sorted().toList());

        check(LocalDateTime.of(2030, 3, 21, 9, 0));
        assertEquals(2, TestMailServer.receivedBy(follower).size());
    }

    @Test
    @DisplayName("a phase beginning is told once to the followers of its process, late within a week while it runs; "
            + "not a phase of a draft process, nor one that began long ago")
    void phaseBegins() throws Exception {
        String withPhases = aProcess().titled("Innenstadt 2030").withPhase("dialog", LocalDate.of(2030, 5, 4),
                LocalDate.of(2030, 6, 30)).withPhase("auftakt", LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31))
                .withPhase("analyse", LocalDate.of(2030, 4, 1), null).create().slug();
        String draft = aProcess().draft().withPhase("dialog", LocalDate.of(2030, 5, 4), null).create().slug();
        String follower = follow("PROCESS", withPhases, "de", true);
        String english = follow("PROCESS", withPhases, "en", true);
        String draftFollower = follow("PROCESS", draft, "de", true);

        check(LocalDateTime.of(2030, 4, 30, 9, 0));
        assertThat(TestMailServer.receivedBy(follower), empty());
        check(LocalDateTime.of(2030, 5, 4, 9, 0));
        check(LocalDateTime.of(2030, 5, 5, 9, 0));
        assertEquals(List.of("„Innenstadt 2030“: Die Phase „Phase auftakt“ beginnt",
                "„Innenstadt 2030“: Die Phase „Phase dialog“ beginnt"),
                subjectsReceivedBy(follower).stream().sorted().toList());
        assertThat(subjectsReceivedBy(english), org.hamcrest.Matchers.hasItem(
                "“Innenstadt 2030”: the phase “Phase dialog” begins"));
        assertThat(TestMailServer.receivedBy(draftFollower), empty());
    }

    /** Runs the check at this time in Kaiserslautern and delivers what it wrote. */
    private void check(LocalDateTime berlinTime) {
        QuarkusMock.installMockForType(Clock.fixed(berlinTime.atZone(CityTime.ZONE).toInstant(), CityTime.ZONE),
                Clock.class);
        reminders.remind();
        sender.drain();
    }

    private static Instant berlin(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(CityTime.ZONE).toInstant();
    }
}
