package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.integrity.ParticipationMarks;

/** Which accounts have voted in ONE_PER_ACCOUNT rounds, until the round closes. */
@ApplicationScoped
public class VotingMarks extends ParticipationMarks {
    VotingMarks() {
        super("voting_participant", "round_id", "voting_round");
    }
}
