package org.mitwirken.common.statistics;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads rows of (format id, district id, channel, day, count) from a feature's aggregate query. */
public final class Aggregates {
    private Aggregates() {
    }

    @SuppressWarnings("unchecked")
    public static List<ActivityCount> query(EntityManager entityManager, String kind, String sql) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> new ActivityCount(kind, (UUID) row[0], (UUID) row[1], (String) row[2],
                day(row[3]), ((Number) row[4]).longValue())).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
