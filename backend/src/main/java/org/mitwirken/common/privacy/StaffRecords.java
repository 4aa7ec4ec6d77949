package org.mitwirken.common.privacy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records of staff work that name who did it (links, observations, revisions, audit entries). The work stays on
 * record when the account goes; only the name is replaced. Table and column names are constants of the subclass.
 */
public abstract class StaffRecords implements PersonalData {

    /**
     * A table whose rows name the staff member who made them, with the column of the name and of the time. Beside the
     * name column, {@code <name column>_subject} holds the account's subject, which identifies the staff member.
     */
    public record NamedIn(String table, String nameColumn, String timeColumn) {
        String subjectColumn() {
            return nameColumn + "_subject";
        }
    }

    public record StaffRecord(String table, UUID id, Instant at) {
    }

    private final String section;
    private final List<NamedIn> tables;

    @Inject
    EntityManager entityManager;

    protected StaffRecords(String section, NamedIn... tables) {
        this.section = section;
        this.tables = List.of(tables);
    }

    @Override
    public List<AccountColumn> accountColumns() {
        return tables.stream().map(named -> AccountColumn.of(named.table(), named.subjectColumn())).toList();
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<StaffRecord> export(String account) {
        List<StaffRecord> records = new ArrayList<>();
        for (NamedIn named : tables) {
            List<Object[]> rows = entityManager.createNativeQuery("select id, " + named.timeColumn() + " from "
                    + named.table() + " where " + named.subjectColumn() + " = ?1 order by " + named.timeColumn())
                    .setParameter(1, account).getResultList();
            rows.forEach(row -> records.add(new StaffRecord(named.table(), (UUID) row[0], (Instant) row[1])));
        }
        return records;
    }

    /** Staff work is the city's record of the process, not participation; it keeps its names until erased. */
    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        for (NamedIn named : tables) {
            entityManager.createNativeQuery("update " + named.table() + " set " + named.nameColumn() + " = ?1, "
                    + named.subjectColumn() + " = null where " + named.subjectColumn() + " = ?2")
                    .setParameter(1, ErasureMode.ERASED_NAME).setParameter(2, account).executeUpdate();
        }
    }
}
