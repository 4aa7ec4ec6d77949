package org.mitwirken.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days are the city's days: a contribution at 00:30 in Kaiserslautern belongs to that date, not UTC's. */
public final class CityTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private CityTime() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
