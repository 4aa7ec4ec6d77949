package org.mitwirken.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.statistics.ActivityCount;
import org.mitwirken.common.statistics.ActivitySource;
import org.mitwirken.common.statistics.Aggregates;

/**
 * Registrations and attendance in the statistics: seats taken per day (also of registrations deleted after their
 * event, from the tally kept of them) and the number of people who came, on the event's first day.
 */
@ApplicationScoped
public class RegistrationActivity implements ActivitySource {

    @Inject
    EntityManager entityManager;

    @Override
    public List<ActivityCount> counts() {
        List<ActivityCount> counts = new ArrayList<>(Aggregates.query(entityManager, "REGISTRATION",
                "select format_id, cast(null as uuid), 'ONLINE', day, sum(confirmed) from ("
                        + "select format_id, cast(created_at at time zone 'Europe/Berlin' as date) as day, "
                        + "count(*) as confirmed from registration where status = 'CONFIRMED' group by 1, 2 "
                        + "union all select format_id, day, confirmed from registration_tally) seats group by 1, 4"));
        counts.addAll(Aggregates.query(entityManager, "ATTENDANCE", "select id, cast(null as uuid), 'ON_SITE', "
                + "attendance_day, attendance from registration_opening where attendance is not null"));
        return counts;
    }
}
