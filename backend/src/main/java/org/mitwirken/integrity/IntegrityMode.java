package org.mitwirken.integrity;

import java.util.List;
import org.mitwirken.common.participation.OpportunitySource.Requirement;

/** Who may answer, and how often. */
public enum IntegrityMode {
    /** Anyone, rate-limited per client. */
    OPEN,
    /** Logged-in accounts, once each. */
    ONE_PER_ACCOUNT,
    /** Holders of a single-use code handed out at walks and events. */
    PARTICIPATION_CODE;

    /** What a citizen needs to take part under this mode. */
    public List<Requirement> needs() {
        return switch (this) {
            case OPEN -> List.of();
            case ONE_PER_ACCOUNT -> List.of(Requirement.ACCOUNT, Requirement.VERIFIED_EMAIL);
            case PARTICIPATION_CODE -> List.of(Requirement.PARTICIPATION_CODE);
        };
    }
}
