package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.AccountColumn;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

@ApplicationScoped
public class VotingPersonalData implements PersonalData {

    public record CastBallot(UUID round, String channel, Instant castAt, List<BallotRequest.Dots> dots) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    BallotStore ballots;

    @Override
    public List<AccountColumn> accountColumns() {
        return List.of(new AccountColumn("ballot", "participant", BallotStore.accountParticipant(""), "round_id"));
    }

    @Override
    public String section() {
        return "ballots";
    }

    @Override
    public List<CastBallot> export(String account) {
        return ballots.ballotsOf(BallotStore.accountParticipant(account)).stream()
                .map(b -> new CastBallot(b.round(), b.channel().name(), b.castAt(), b.dots())).toList();
    }

    @Override
    public void erase(String account, ErasureMode mode) {
        String participant = BallotStore.accountParticipant(account);
        if (mode == ErasureMode.DELETE) {
            entityManager.createNativeQuery("delete from ballot where participant = ?1").setParameter(1, participant)
                    .executeUpdate();
        } else {
            entityManager.createNativeQuery("update ballot set participant = " + ErasureMode.ERASED_PARTICIPANT_SQL
                    + " where participant = ?1").setParameter(1, participant).executeUpdate();
        }
    }

    /** Ballots stay counted; who cast them is gone. */
    @Override
    public void retire(Set<UUID> formats, ErasureMode contributions) {
        if (!formats.isEmpty()) {
            entityManager.createNativeQuery("update ballot set participant = " + ErasureMode.ERASED_PARTICIPANT_SQL
                    + " where participant not like 'erased:%' and round_id in "
                    + "(select id from voting_round where format_id in (?1))").setParameter(1, formats).executeUpdate();
        }
    }
}
