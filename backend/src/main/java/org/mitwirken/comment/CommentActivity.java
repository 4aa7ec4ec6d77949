package org.mitwirken.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.common.statistics.Aggregates;

@ApplicationScoped
public class CommentActivity implements ActivitySource {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ActivityCount> counts() {
        // Comments on a format count for it; others (fields of action, goals, notes, map items) for no format.
        return Aggregates.query(entityManager, "COMMENT", "select case when target_type = 'FORMAT' then target_id "
                + "end, cast(null as uuid), 'ONLINE', cast(created_at at time zone 'Europe/Berlin' as date), count(*) "
                + "from comment where state = 'PUBLISHED' and not withdrawn group by 1, 4");
    }

    @Override
    public long pendingModeration() {
        return ((Number) entityManager.createNativeQuery("select count(*) from comment where state = 'PENDING'")
                .getSingleResult()).longValue();
    }

    @Override
    public List<ActivityCount> decisions() {
        return Aggregates.query(entityManager, "DECISION", "select cast(null as uuid), cast(null as uuid), decision, "
                + "cast(decided_at at time zone 'Europe/Berlin' as date), count(*) from moderation_decision "
                + "group by 3, 4");
    }
}
