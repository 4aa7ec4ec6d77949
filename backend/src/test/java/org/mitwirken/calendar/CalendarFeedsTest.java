package org.mitwirken.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.Audience;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.process.ProcessResponse;

@QuarkusTest
@DisplayName("Calendars of formats and processes (iCalendar)")
class CalendarFeedsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    @DisplayName("a published format is one all-day event over its day, which a maintained iCalendar library parses "
            + "and validates, with its place, its page and the time zone Europe/Berlin with the real summer time rules")
    void formatCalendar() throws Exception {
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled("Bürgerdialog zum INSEK")
                .on(LocalDate.of(2024, 11, 13)).at("Rathaus Kaiserslautern, Willy-Brandt-Platz 1").create();

        ExtractableResponse<Response> answer = api().when().get(path(format)).then().statusCode(200).extract();

        assertEquals("text/calendar;charset=utf-8", answer.contentType().replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"termin-" + format.slug() + ".ics\"",
                answer.header("Content-Disposition"));
        assertEquals("public, no-cache", answer.header("Cache-Control"));
        Calendar calendar = parsedAndValid(answer.asByteArray());
        assertEquals("Bürgerdialog zum INSEK", value(calendar, Property.NAME));
        VEvent event = onlyEvent(calendar);
        assertEquals(format.id() + "@mitwirken", value(event, Property.UID));
        assertEquals("Bürgerdialog zum INSEK", value(event, Property.SUMMARY));
        assertEquals(LocalDate.of(2024, 11, 13), event.getDateTimeStart().getDate());
        assertEquals(LocalDate.of(2024, 11, 14), event.getDateTimeEnd().getDate(),
                "an all-day event ends on the next day");
        assertEquals("Rathaus Kaiserslautern, Willy-Brandt-Platz 1", value(event, Property.LOCATION));
        assertEquals(publicUrl() + "/formate/" + format.slug(), value(event, Property.URL));
        assertEquals(Long.toString(format.version()), value(event, Property.SEQUENCE));
        assertTrue(value(event, Property.DESCRIPTION).startsWith("Kurzbeschreibung"));
        assertEquals("Europe/Berlin", value(calendar, "X-WR-TIMEZONE"));
        assertSameRulesAsBerlin(calendar);
    }

    @Test
    @DisplayName("the file is plain RFC 5545: CRLF line ends, no line over 75 octets, and a title with commas, "
            + "semicolons, backslashes, quotes, umlauts and an emoji comes back exactly as written")
    void escapingAndFolding() throws Exception {
        String title = "Werkstatt: Grün, Blau; Rot \\ Süd „Zukunft“ – Öffentlichkeit 🌳 und noch viel mehr Text, "
                + "damit die Zeile gefaltet werden muss; äöüß";
        FormatResponse format = aFormatIn(aProcess().create().slug()).titled(title).at("Saal 1; Eingang B, hinten")
                .create();

        byte[] ics = api().when().get(path(format)).then().statusCode(200).extract().asByteArray();

        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String line : text.split("\r\n")) {
            assertFalse(line.contains("\n") || line.contains("\r"), "a bare line break in: " + line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertTrue(text.contains("Gr\u00fcn\\, Blau\\; Rot \\\\ S\u00fcd"), "TEXT is escaped: " + text);
        VEvent event = onlyEvent(parsedAndValid(ics));
        assertEquals(title, value(event, Property.SUMMARY));
        assertEquals("Saal 1; Eingang B, hinten", value(event, Property.LOCATION));
    }

    @Test
    @DisplayName("a process's calendar has an event per published format, in date order; a format dated by months "
            + "spans them as free time and says so, as it says who may come; drafts never appear")
    void processCalendar() throws Exception {
        ProcessResponse process = aProcess().titled("INSEK Kaiserslautern").create();
        FormatResponse dialogue = aFormatIn(process.slug()).titled("Bürgerdialog").on(LocalDate.of(2024, 11, 13))
                .create();
        FormatResponse interviews = aFormatIn(process.slug()).titled("Gespräche")
                .inMonths(YearMonth.of(2023, 12), YearMonth.of(2024, 2)).forAudience(Audience.INVITED).create();
        aFormatIn(process.slug()).titled("Noch geheim").draft().create();

        ExtractableResponse<Response> answer = api().when().get("/api/v1/processes/" + process.slug()
                + "/calendar.ics").then().statusCode(200).extract();

        assertEquals("attachment; filename=\"termine-" + process.slug() + ".ics\"",
                answer.header("Content-Disposition"));
        Calendar calendar = parsedAndValid(answer.asByteArray());
        assertEquals("INSEK Kaiserslautern", value(calendar, "X-WR-CALNAME"));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(List.of("Gespräche", "Bürgerdialog"),
                events.stream().map(event -> value(event, Property.SUMMARY)).toList());
        VEvent months = events.get(0);
        assertEquals(interviews.id() + "@mitwirken", value(months, Property.UID));
        assertEquals(LocalDate.of(2023, 12, 1), months.getDateTimeStart().getDate());
        assertEquals(LocalDate.of(2024, 3, 1), months.getDateTimeEnd().getDate());
        assertEquals("TRANSPARENT", value(months, Property.TRANSP));
        assertTrue(value(months, Property.DESCRIPTION).contains("Zeitraum: Dezember 2023 bis Februar 2024."),
                value(months, Property.DESCRIPTION));
        assertTrue(value(months, Property.DESCRIPTION).contains("Teilnahme auf Einladung."),
                "nobody sets off to a workshop for invited people only");
        assertEquals(dialogue.id() + "@mitwirken", value(events.get(1), Property.UID));
        assertFalse(events.get(1).getProperty(Property.TRANSP).isPresent());
        assertSameRulesAsBerlin(calendar);
    }

    @Test
    @DisplayName("requests again get the same bytes, UIDs and ETag (304 with If-None-Match); after an admin moves a "
            + "format the event keeps its UID, its SEQUENCE grows and the ETag changes")
    void stableAcrossRequestsAndUpdates() throws Exception {
        String process = aProcess().create().slug();
        FormatResponse format = aFormatIn(process).titled("Zukunftswerkstatt").on(LocalDate.of(2024, 10, 5))
                .create();
        String calendarPath = "/api/v1/processes/" + process + "/calendar.ics";
        ExtractableResponse<Response> first = api().when().get(calendarPath).then().statusCode(200).extract();
        ExtractableResponse<Response> second = api().when().get(calendarPath).then().statusCode(200).extract();
        assertEquals(first.asString(), second.asString());
        String etag = first.header("ETag");
        api().header("If-None-Match", etag).when().get(calendarPath).then().statusCode(304);
        VEvent before = onlyEvent(parsedAndValid(first.asByteArray()));

        CDI.current().select(FormatService.class).get().update(format.slug(), aFormatIn(process)
                .titled("Zukunftswerkstatt").on(LocalDate.of(2024, 10, 12)).updating(format));

        ExtractableResponse<Response> moved = api().header("If-None-Match", etag).when().get(calendarPath).then()
                .statusCode(200).extract();
        assertNotEquals(etag, moved.header("ETag"));
        VEvent after = onlyEvent(parsedAndValid(moved.asByteArray()));
        assertEquals(value(before, Property.UID), value(after, Property.UID));
        assertEquals(LocalDate.of(2024, 10, 12), after.getDateTimeStart().getDate());
        assertTrue(Long.parseLong(value(after, Property.SEQUENCE)) > Long.parseLong(value(before, Property.SEQUENCE)),
                "SEQUENCE grows with the change");
        assertFalse(Instant.parse(isoInstant(value(after, Property.DTSTAMP)))
                .isBefore(Instant.parse(isoInstant(value(before, Property.DTSTAMP)))), "DTSTAMP is the last change");
    }

    @Test
    @DisplayName("drafts, formats of draft processes and unknown slugs have no calendar (404); another "
            + "representation than text/calendar is a 406 problem")
    void notFoundAndNotAcceptable() {
        String draftProcess = aProcess().draft().create().slug();
        FormatResponse inDraftProcess = aFormatIn(draftProcess).create();
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();

        api().when().get(path(draft)).then().statusCode(404).contentType("application/problem+json");
        api().when().get(path(inDraftProcess)).then().statusCode(404);
        api().when().get("/api/v1/formats/gibt-es-nicht/calendar.ics").then().statusCode(404);
        api().when().get("/api/v1/processes/" + draftProcess + "/calendar.ics").then().statusCode(404);
        api().when().get("/api/v1/processes/gibt-es-nicht/calendar.ics").then().statusCode(404);
        FormatResponse published = aFormatIn(aProcess().create().slug()).create();
        RestAssured.given().accept("application/json").when().get(path(published)).then().statusCode(406)
                .contentType("application/problem+json");
    }

    private static String path(FormatResponse format) {
        return "/api/v1/formats/" + format.slug() + "/calendar.ics";
    }

    /** Parsed strictly and validated by ical4j, with no error. */
    static Calendar parsedAndValid(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        assertEquals(CalendarService.PRODUCT, value(calendar, Property.PRODID));
        assertEquals("2.0", value(calendar, Property.VERSION));
        return calendar;
    }

    /** The VTIMEZONE, read back by ical4j, gives the same offsets as the JDK's Europe/Berlin for years to come. */
    private static void assertSameRulesAsBerlin(Calendar calendar) {
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/Berlin", value(zone, Property.TZID));
        ZoneRules published = new ZoneRulesBuilder().vTimeZone(zone).build();
        ZoneRules berlin = BERLIN.getRules();
        for (int year = 2023; year <= 2030; year++) {
            for (LocalDateTime moment : List.of(LocalDateTime.of(year, 1, 15, 12, 0),
                    LocalDateTime.of(year, 3, 31, 3, 30), LocalDateTime.of(year, 7, 1, 12, 0),
                    LocalDateTime.of(year, 10, 24, 12, 0), LocalDateTime.of(year, 10, 31, 12, 0))) {
                Instant instant = moment.atZone(BERLIN).toInstant();
                assertEquals(berlin.getOffset(instant), published.getOffset(instant), "offset at " + moment);
            }
        }
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
    }

    /** 20241005T101500Z as 2024-10-05T10:15:00Z. */
    private static String isoInstant(String basic) {
        return basic.replaceFirst("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z", "$1-$2-$3T$4:$5:$6Z");
    }

    /** Where the web app is reachable, which calendars and feeds link to. */
    private static String publicUrl() {
        return ConfigProvider.getConfig().getValue("mitwirken.public-url", String.class);
    }
}
