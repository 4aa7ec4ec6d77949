package org.mitwirken.common.participation;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.persistence.IdChunks;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;

/**
 * Supports and reports on citizens' contributions: plain rows in a feature's own two tables, counted per page in one
 * query each. The table and column names are constants of the subclass, never input.
 */
public abstract class Reactions {
    private final String supportTable;
    private final String reportTable;
    private final String item;

    @Inject
    EntityManager entityManager;

    protected Reactions(String supportTable, String reportTable, String itemColumn) {
        this.supportTable = supportTable;
        this.reportTable = reportTable;
        this.item = itemColumn;
    }

    /** One support per participant; supporting twice changes nothing, also when two requests race. */
    public void support(UUID itemId, String participant) {
        entityManager.createNativeQuery("insert into " + supportTable + " (" + item + ", participant) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, itemId).setParameter(2, participant).executeUpdate();
    }

    public void withdrawSupport(UUID itemId, String participant) {
        entityManager.createNativeQuery("delete from " + supportTable + " where " + item + " = ?1 and participant = ?2")
                .setParameter(1, itemId).setParameter(2, participant).executeUpdate();
    }

    public Map<UUID, Long> supportCounts(Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            rows("select " + item + ", count(*) from " + supportTable + " where " + item + " in (?1) group by " + item,
                    ids).forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    public Set<UUID> supportedBy(Collection<UUID> ids, String participant) {
        if (ids.isEmpty() || participant == null) {
            return Set.of();
        }
        Set<UUID> supported = new HashSet<>();
        for (List<UUID> chunk : IdChunks.of(ids)) {
            @SuppressWarnings("unchecked")
            List<UUID> rows = entityManager.createNativeQuery("select " + item + " from " + supportTable + " where "
                    + item + " in (?1) and participant = ?2", UUID.class)
                    .setParameter(1, chunk).setParameter(2, participant).getResultList();
            supported.addAll(rows);
        }
        return supported;
    }

    public void report(UUID itemId, String reason) {
        entityManager.createNativeQuery("insert into " + reportTable + " (id, " + item + ", reason, reported_at) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, UUID.randomUUID()).setParameter(2, itemId)
                .setParameter(3, reason).setParameter(4, Instant.now()).executeUpdate();
    }

    public Map<UUID, List<String>> openReports(Collection<UUID> ids) {
        Map<UUID, List<String>> reports = new HashMap<>();
        if (!ids.isEmpty()) {
            rows("select " + item + ", reason from " + reportTable + " where " + item + " in (?1) and resolved_at is null "
                    + "order by reported_at", ids)
                    .forEach(row -> reports.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add((String) row[1]));
        }
        return reports;
    }

    public List<UUID> withOpenReports() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select distinct " + item + " from " + reportTable
                + " where resolved_at is null", UUID.class).getResultList();
        return ids;
    }

    public void resolveReports(UUID itemId) {
        entityManager.createNativeQuery("update " + reportTable + " set resolved_at = ?2 where " + item + " = ?1 "
                + "and resolved_at is null").setParameter(1, itemId).setParameter(2, Instant.now()).executeUpdate();
    }

    /** The items this participant supports, for the account export. */
    public List<UUID> supportedItems(String participant) {
        return entityManager.createNativeQuery("select " + item + " from " + supportTable + " where participant = ?1",
                UUID.class).setParameter(1, participant).getResultList();
    }

    /** Withdraws the participant's supports, or keeps them counted under a participant no one can be traced to. */
    public void eraseSupports(String participant, ErasureMode mode) {
        String change = mode == ErasureMode.DELETE ? "delete from " + supportTable
                : "update " + supportTable + " set participant = " + ErasureMode.ERASED_PARTICIPANT_SQL;
        entityManager.createNativeQuery(change + " where participant = ?1").setParameter(1, participant)
                .executeUpdate();
    }

    /** Keeps the supports on these items counted, under participants no one can be traced to. */
    public void retireSupportsOn(Collection<UUID> items) {
        for (List<UUID> chunk : IdChunks.of(items)) {
            entityManager.createNativeQuery("update " + supportTable + " set participant = "
                    + ErasureMode.ERASED_PARTICIPANT_SQL + " where " + item + " in (?1) "
                    + "and participant not like 'erased:%'")
                    .setParameter(1, chunk).executeUpdate();
        }
    }

    /** Who supported what: one row per item and account. */
    public AccountColumn supporterColumn() {
        return new AccountColumn(supportTable, "participant", "", item);
    }

    public String supportTable() {
        return supportTable;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<UUID> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (List<UUID> chunk : IdChunks.of(ids)) {
            rows.addAll(entityManager.createNativeQuery(sql).setParameter(1, chunk).getResultList());
        }
        return rows;
    }
}
