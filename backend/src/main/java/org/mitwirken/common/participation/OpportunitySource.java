package org.mitwirken.common.participation;

import java.time.Instant;
import java.util.List;

/**
 * Extension point of "Jetzt mitmachen": a feature that takes input lists what is open for it now. The opportunity
 * feature gathers every source, drops what belongs to formats the public cannot see, and adds where and in which
 * process each one is.
 */
public interface OpportunitySource {

    List<OpenOpportunity> openAt(Instant now);

    /** One thing a citizen can take part in now, as its feature knows it. */
    record OpenOpportunity(OpportunityKind kind, String id, String title, java.util.UUID formatId, Instant opensAt,
            Instant closesAt, List<Requirement> needs) {
    }

    enum OpportunityKind {
        SURVEY, VOTING_ROUND, COMMENTS, MAP_PORTAL
    }

    /** What a citizen needs to take part; nothing listed: anyone, without an account. */
    enum Requirement {
        ACCOUNT, VERIFIED_EMAIL, PARTICIPATION_CODE
    }
}
