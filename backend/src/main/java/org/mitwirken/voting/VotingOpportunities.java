package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.mitwirken.common.participation.OpportunitySource;

/** Voting rounds open for ballots now. */
@ApplicationScoped
class VotingOpportunities implements OpportunitySource {

    @Inject
    VotingRoundRepository rounds;

    @Override
    public List<OpenOpportunity> openAt(Instant now) {
        return rounds.list("opensAt <= ?1 and closesAt > ?1", now).stream()
                .map(round -> new OpenOpportunity(OpportunityKind.VOTING_ROUND, round.id.toString(), round.title,
                        round.formatId, round.opensAt, round.closesAt, round.integrityMode.needs()))
                .toList();
    }
}
