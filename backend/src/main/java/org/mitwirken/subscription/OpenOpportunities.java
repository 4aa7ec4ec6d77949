package org.mitwirken.subscription;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.mitwirken.opportunity.OpportunityResponse;
import org.mitwirken.opportunity.OpportunityService;

/**
 * What is open, asked once per transaction: the watch announces every opportunity that opened in one transaction, and
 * asking the features for everything open once per announcement made that quadratic.
 */
@TransactionScoped
class OpenOpportunities implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OpportunityService opportunities;

    @Inject
    transient Clock clock;

    private transient List<OpportunityResponse> open;

    List<OpportunityResponse> now() {
        if (open == null) {
            open = opportunities.openAt(clock.instant());
        }
        return open;
    }
}
