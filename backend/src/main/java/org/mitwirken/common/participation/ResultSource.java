package org.mitwirken.common.participation;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Extension point of a format's status: a feature that publishes results of formats (a written summary, the answers
 * of a closed survey, the final tally of a closed round) says which of the asked formats have some public now.
 */
public interface ResultSource {

    Set<UUID> withResults(Collection<UUID> formatIds, Instant now);
}
