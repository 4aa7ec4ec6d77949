package org.mitwirken.common.statistics;

import java.time.LocalDate;
import java.util.UUID;

/** How many contributions of one kind came in on one day, through one channel, for a format and district. */
public record ActivityCount(String kind, UUID formatId, UUID districtId, String channel, LocalDate day, long count) {
}
