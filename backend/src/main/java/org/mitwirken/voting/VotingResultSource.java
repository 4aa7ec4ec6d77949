package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.participation.ResultSource;

/** A closed voting round, by its time or ended early, has final results. */
@ApplicationScoped
class VotingResultSource implements ResultSource {

    @Inject
    VotingRoundRepository rounds;

    @Override
    public Set<UUID> withResults(Collection<UUID> formatIds, Instant now) {
        return new HashSet<>(rounds.find("select distinct r.formatId from VotingRound r where r.formatId in ?1 "
                + "and r.closesAt <= ?2", formatIds, now).project(UUID.class).list());
    }
}
