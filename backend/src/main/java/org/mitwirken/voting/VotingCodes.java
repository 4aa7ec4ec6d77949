package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import org.mitwirken.integrity.ParticipationCodes;

/** Printed single-use codes of PARTICIPATION_CODE rounds. */
@ApplicationScoped
public class VotingCodes extends ParticipationCodes {
    VotingCodes() {
        super("voting_code", "round_id");
    }
}
