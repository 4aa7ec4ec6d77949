package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
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

/** Supports and reports: plain rows, counted per page of comments in one query each. */
@ApplicationScoped
public class CommentReactions {

    @Inject
    EntityManager entityManager;

    /** One support per participant; supporting twice changes nothing, also when two requests race. */
    public void support(UUID commentId, String participant) {
        entityManager.createNativeQuery("insert into comment_support (comment_id, participant) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, commentId).setParameter(2, participant).executeUpdate();
    }

    public void withdrawSupport(UUID commentId, String participant) {
        entityManager.createNativeQuery("delete from comment_support where comment_id = ?1 and participant = ?2")
                .setParameter(1, commentId).setParameter(2, participant).executeUpdate();
    }

    public Map<UUID, Long> supportCounts(Collection<UUID> commentIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!commentIds.isEmpty()) {
            rows("select comment_id, count(*) from comment_support where comment_id in (?1) group by comment_id",
                    commentIds).forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    public Set<UUID> supportedBy(Collection<UUID> commentIds, String participant) {
        if (commentIds.isEmpty() || participant == null) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select comment_id from comment_support "
                + "where comment_id in (?1) and participant = ?2", UUID.class)
                .setParameter(1, commentIds).setParameter(2, participant).getResultList();
        return new HashSet<>(ids);
    }

    public void report(UUID commentId, String reason) {
        entityManager.createNativeQuery("insert into comment_report (id, comment_id, reason, reported_at) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, UUID.randomUUID()).setParameter(2, commentId)
                .setParameter(3, reason).setParameter(4, Instant.now()).executeUpdate();
    }

    public Map<UUID, List<String>> openReports(Collection<UUID> commentIds) {
        Map<UUID, List<String>> reports = new HashMap<>();
        if (!commentIds.isEmpty()) {
            rows("select comment_id, reason from comment_report where comment_id in (?1) and resolved_at is null "
                    + "order by reported_at", commentIds)
                    .forEach(row -> reports.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                            .add((String) row[1]));
        }
        return reports;
    }

    public List<UUID> commentsWithOpenReports() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select distinct comment_id from comment_report "
                + "where resolved_at is null", UUID.class).getResultList();
        return ids;
    }

    public void resolveReports(UUID commentId) {
        entityManager.createNativeQuery("update comment_report set resolved_at = ?2 where comment_id = ?1 "
                + "and resolved_at is null").setParameter(1, commentId).setParameter(2, Instant.now()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<UUID> ids) {
        return entityManager.createNativeQuery(sql).setParameter(1, ids).getResultList();
    }
}
