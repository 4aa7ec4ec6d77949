package org.mitwirken.map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.common.statistics.Aggregates;

@ApplicationScoped
public class MapActivity implements ActivitySource {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ActivityCount> counts() {
        return Aggregates.query(entityManager, "MAP_CONTRIBUTION", "select format_id, district_id, 'ONLINE', "
                + "cast(created_at at time zone 'Europe/Berlin' as date), count(*) from map_contribution "
                + "where state = 'PUBLISHED' group by 1, 2, 4");
    }

    @Override
    public long pendingModeration() {
        return ((Number) entityManager.createNativeQuery("select count(*) from map_contribution "
                + "where state = 'PENDING'").getSingleResult()).longValue();
    }
}
