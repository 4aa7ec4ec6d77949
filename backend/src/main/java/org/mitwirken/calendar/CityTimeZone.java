package org.mitwirken.calendar;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mitwirken.common.CityTime;

/**
 * The city's time zone as a VTIMEZONE (RFC 5545, 3.6.5), built from the rules of the JDK's tz database rather than
 * written by hand: one observance per yearly transition (for Europe/Berlin summer time from the last Sunday of March,
 * standard time from the last Sunday of October), each starting in the first year those rules alone govern the zone.
 */
final class CityTimeZone {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CityTimeZone() {
    }

    static String id() {
        return CityTime.ZONE.getId();
    }

    static void write(ICalendarLines lines) {
        ZoneRules rules = CityTime.ZONE.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        int firstYear = history.get(history.size() - 1).getDateTimeAfter().getYear() + 1;
        TimeZone names = TimeZone.getTimeZone(CityTime.ZONE);
        lines.line("BEGIN", "VTIMEZONE").line("TZID", id());
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            ZoneOffsetTransition first = rule.createTransition(firstYear);
            boolean daylight = !first.getOffsetAfter().equals(rule.getStandardOffset());
            String observance = daylight ? "DAYLIGHT" : "STANDARD";
            lines.line("BEGIN", observance)
                    .line("DTSTART", LOCAL.format(first.getDateTimeBefore()))
                    .line("RRULE", recurrence(rule))
                    .line("TZOFFSETFROM", offset(first.getOffsetBefore()))
                    .line("TZOFFSETTO", offset(first.getOffsetAfter()))
                    .text("TZNAME", names.getDisplayName(daylight, TimeZone.SHORT, Locale.ROOT))
                    .line("END", observance);
        }
        lines.line("END", "VTIMEZONE");
    }

    /** "The weekday on or after day d" (or on or before, counted from the month's end) as a yearly RRULE. */
    private static String recurrence(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int indicator = rule.getDayOfMonthIndicator();
        String yearly = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        if (rule.getDayOfWeek() == null) {
            return yearly + ";BYMONTHDAY=" + indicator;
        }
        String weekday = weekday(rule.getDayOfWeek());
        if (indicator == -1 || month.minLength() == month.maxLength() && indicator + 6 == month.maxLength()) {
            return yearly + ";BYDAY=-1" + weekday;
        }
        int step = indicator > 0 ? 1 : -1;
        String days = IntStream.range(0, 7).map(i -> indicator + i * step).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
        return yearly + ";BYDAY=" + weekday + ";BYMONTHDAY=" + days;
    }

    private static String weekday(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }
}
