package org.mitwirken.voting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class VotingRoundRepository implements PanacheRepositoryBase<VotingRound, UUID> {
}
