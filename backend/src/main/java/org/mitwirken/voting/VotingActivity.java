package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.common.statistics.Aggregates;

@ApplicationScoped
public class VotingActivity implements ActivitySource {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ActivityCount> counts() {
        return Aggregates.query(entityManager, "BALLOT", "select v.format_id, cast(null as uuid), b.channel, "
                + "cast(b.cast_at at time zone 'Europe/Berlin' as date), count(*) from ballot b "
                + "join voting_round v on v.id = b.round_id group by 1, 3, 4");
    }
}
