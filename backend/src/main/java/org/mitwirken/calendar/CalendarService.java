package org.mitwirken.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.format.DatePrecision;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.process.ProcessRef;
import org.mitwirken.process.ProcessService;

/**
 * Published formats as iCalendar events (RFC 5545). Formats carry days, not hours, so every event is an all-day
 * event ({@code VALUE=DATE}, the end the day after the last one): no time is made up. A format dated only by months
 * ("Dezember 2023 bis Februar 2024") spans those months, says so in its description and is marked free time
 * ({@code TRANSP:TRANSPARENT}), since it does not take the whole period. The UID is the format's id, so an event
 * stays the same event when its title or slug changes; SEQUENCE is the format's version, which grows with every
 * change an admin saves (date, place and title among them), and DTSTAMP is when it was last changed, so the same
 * data gives the same bytes.
 */
@ApplicationScoped
public class CalendarService {
    static final String PRODUCT = "-//Mitwirken//Beteiligungskalender//DE";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    @Inject
    FormatService formats;

    @Inject
    ProcessService processes;

    @Inject
    PublicAddresses addresses;

    /** The one format, if the public may see it; 404 otherwise. */
    public Calendar ofFormat(String slug) {
        FormatResponse format = formats.get(slug, false);
        return new Calendar("termin-" + format.slug() + ".ics", calendar(format.title(), List.of(format), false));
    }

    /** Every format of the process the public may see; 404 for a process the public may not see. */
    public Calendar ofProcess(String slug) {
        ProcessRef process = processes.findRef(slug, false).orElseThrow(() -> ProblemException.notFound(slug));
        return new Calendar("termine-" + process.slug() + ".ics",
                calendar(process.title(), formats.publicResponsesInProcess(process.id()), false));
    }

    /**
     * The format as a file to send along with a mail (a registration's confirmation): the same event as in the feeds,
     * same UID and SEQUENCE, so calendar apps update the entry rather than add a second one; METHOD:PUBLISH, since the
     * mail informs and asks for no reply (RFC 5546).
     */
    public Calendar attachment(FormatResponse format) {
        return new Calendar("termin-" + format.slug() + ".ics", calendar(format.title(), List.of(format), true));
    }

    /** What a calendar answer carries: its file name and its bytes. */
    public record Calendar(String fileName, byte[] content) {
    }

    private byte[] calendar(String name, List<FormatResponse> events, boolean sentByMail) {
        ICalendarLines lines = new ICalendarLines()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", PRODUCT)
                .line("CALSCALE", "GREGORIAN");
        if (sentByMail) {
            lines.line("METHOD", "PUBLISH");
        }
        lines.text("NAME", name)
                .text("X-WR-CALNAME", name)
                .line("X-WR-TIMEZONE", CityTimeZone.id());
        CityTimeZone.write(lines);
        events.forEach(format -> event(lines, format));
        return lines.line("END", "VCALENDAR").bytes();
    }

    private void event(ICalendarLines lines, FormatResponse format) {
        lines.line("BEGIN", "VEVENT")
                .line("UID", format.id() + "@mitwirken")
                .line("DTSTAMP", UTC.format(format.updatedAt()))
                .line("LAST-MODIFIED", UTC.format(format.updatedAt()))
                .line("SEQUENCE", Long.toString(format.version()))
                .line("DTSTART;VALUE=DATE", DATE.format(format.startsOn()))
                .line("DTEND;VALUE=DATE", DATE.format(format.endsOn().plusDays(1)))
                .text("SUMMARY", format.title())
                .text("DESCRIPTION", description(format));
        String location = location(format);
        if (location != null) {
            lines.text("LOCATION", location);
        }
        lines.line("URL", addresses.format(format.slug()));
        if (format.datePrecision() == DatePrecision.MONTH) {
            lines.line("TRANSP", "TRANSPARENT");
        }
        lines.line("END", "VEVENT");
    }

    private String description(FormatResponse format) {
        List<String> parts = new ArrayList<>();
        parts.add(format.summary());
        if (format.datePrecision() == DatePrecision.MONTH) {
            parts.add("Zeitraum: " + months(format.startsOn(), format.endsOn())
                    + ". Genaue Tage nennt die Seite des Formats.");
        }
        if (format.online()) {
            parts.add("Online-Teilnahme möglich.");
        }
        // Nobody should set off to a workshop that only invited people or the city's staff attend.
        switch (format.audience()) {
            case INVITED -> parts.add("Teilnahme auf Einladung.");
            case INTERNAL -> parts.add("Verwaltungsinterner Termin.");
            case PUBLIC -> {
            }
        }
        parts.add("Beteiligungsprozess: " + format.process().title());
        parts.add(addresses.format(format.slug()));
        return String.join("\n\n", parts);
    }

    private static String location(FormatResponse format) {
        if (format.venue() != null && !format.venue().isBlank()) {
            return format.venue();
        }
        return format.online() ? "Online" : null;
    }

    /** "Oktober 2024", "März bis April 2024", "Dezember 2023 bis Februar 2024". */
    static String months(LocalDate start, LocalDate end) {
        YearMonth from = YearMonth.from(start);
        YearMonth to = YearMonth.from(end);
        if (from.equals(to)) {
            return month(from) + " " + from.getYear();
        }
        String first = from.getYear() == to.getYear() ? month(from) : month(from) + " " + from.getYear();
        return first + " bis " + month(to) + " " + to.getYear();
    }

    /** "13.11.2024" or "05.08.2024 bis 30.08.2024". */
    static String days(LocalDate start, LocalDate end) {
        return start.equals(end) ? DAY.format(start) : DAY.format(start) + " bis " + DAY.format(end);
    }

    /** When a format takes place, in words, as precisely as it is known. */
    static String when(FormatResponse format) {
        return format.datePrecision() == DatePrecision.MONTH ? months(format.startsOn(), format.endsOn())
                : days(format.startsOn(), format.endsOn());
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN);
    }
}
