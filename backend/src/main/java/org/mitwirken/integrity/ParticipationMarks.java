package org.mitwirken.integrity;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who has taken part in a scope (a survey, a voting round) where each account may take part once, in a feature's
 * own table (scope column, {@code mark}). A mark is a keyed hash of scope and subject: it says only "this subject
 * has taken part here". Marks are not personal data an account holder can erase, because erasing them would restore
 * the right to take part again; they are dropped when the scope closes. Names are constants of the subclass.
 */
public abstract class ParticipationMarks {
    private final String table;
    private final String scope;
    private final String scopeTable;

    @Inject
    EntityManager entityManager;

    @Inject
    IntegrityKeys keys;

    /** {@code scopeTable} has an {@code id} and a {@code closes_at}: marks of closed scopes are dropped. */
    protected ParticipationMarks(String table, String scopeColumn, String scopeTable) {
        this.table = table;
        this.scope = scopeColumn;
        this.scopeTable = scopeTable;
    }

    /** Marks the subject in the caller's transaction; true when it had not taken part before. */
    public boolean take(UUID scopeId, String subject) {
        return entityManager.createNativeQuery("insert into " + table + " (" + scope + ", mark) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, scopeId).setParameter(2, keys.mark(scopeId, subject))
                .executeUpdate() == 1;
    }

    /** Of these scopes, those the subject has taken part in (for the account's own export). */
    @SuppressWarnings("unchecked")
    public List<UUID> scopesOf(String subject, Collection<UUID> scopeIds) {
        if (scopeIds.isEmpty()) {
            return List.of();
        }
        List<String> marks = scopeIds.stream().map(id -> keys.mark(id, subject)).toList();
        return entityManager.createNativeQuery("select " + scope + " from " + table + " where mark in (?1)",
                UUID.class).setParameter(1, marks).getResultList();
    }

    /**
     * Gives an account the marks made under its former login name (see the account carry-over), in the caller's
     * transaction; a mark it has made meanwhile stays as it is.
     */
    @SuppressWarnings("unchecked")
    public void carryOverLegacy(String loginName, String subject) {
        List<UUID> scopes = entityManager.createNativeQuery("select distinct " + scope + " from " + table
                + " where mark like 'legacy:%'", UUID.class).getResultList();
        for (UUID scopeId : scopes) {
            String former = keys.legacyMark(scopeId, loginName);
            String current = keys.mark(scopeId, subject);
            int kept = entityManager.createNativeQuery("delete from " + table + " where " + scope + " = ?1 "
                    + "and mark = ?2 and exists (select 1 from " + table + " where " + scope + " = ?1 and mark = ?3)")
                    .setParameter(1, scopeId).setParameter(2, former).setParameter(3, current).executeUpdate();
            if (kept == 0) {
                entityManager.createNativeQuery("update " + table + " set mark = ?1 where " + scope + " = ?2 "
                        + "and mark = ?3").setParameter(1, current).setParameter(2, scopeId).setParameter(3, former)
                        .executeUpdate();
            }
        }
    }

    /** Once a scope has closed nobody can take part any more, so its marks have done their work. */
    public int dropClosed() {
        return entityManager.createNativeQuery("delete from " + table + " m using " + scopeTable + " s "
                + "where s.id = m." + scope + " and s.closes_at <= clock_timestamp()").executeUpdate();
    }
}
