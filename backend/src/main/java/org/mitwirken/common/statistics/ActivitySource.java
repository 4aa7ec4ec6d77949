package org.mitwirken.common.statistics;

import java.util.List;

/** A feature's participation counted by SQL aggregates, for the statistics dashboard. */
public interface ActivitySource {

    /** Counts of public contributions (published, moderated) per kind, format, district, channel and day. */
    List<ActivityCount> counts();

    /** Contributions waiting for a moderator; 0 where nothing is moderated. */
    default long pendingModeration() {
        return 0;
    }

    /** Moderation decisions per day; empty where none are recorded. */
    default List<ActivityCount> decisions() {
        return List.of();
    }
}
