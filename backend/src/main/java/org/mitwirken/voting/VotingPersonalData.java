package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.privacy.ErasureMode;
import org.mitwirken.common.privacy.PersonalData;

@ApplicationScoped
public class VotingPersonalData implements PersonalData {

    public record CastBallot(UUID round, String channel, Instant castAt, List<BallotRequest.Dots> dots) {
    }

    @Inject
    EntityManager entityManager;

    @Override
    public Set<String> tables() {
        return Set.of("ballot");
    }

    @Override
    public String section() {
        return "ballots";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CastBallot> export(String account) {
        List<Object[]> ballots = entityManager.createNativeQuery("select id, round_id, channel, cast_at from ballot "
                + "where participant = ?1 order by cast_at").setParameter(1, BallotStore.accountParticipant(account))
                .getResultList();
        return ballots.stream().map(b -> new CastBallot((UUID) b[1], (String) b[2], (Instant) b[3],
                ((List<Object[]>) entityManager.createNativeQuery("select item_id, dots from ballot_dot "
                        + "where ballot_id = ?1 order by item_id").setParameter(1, b[0]).getResultList()).stream()
                        .map(d -> new BallotRequest.Dots((UUID) d[0], ((Number) d[1]).intValue())).toList()))
                .toList();
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
