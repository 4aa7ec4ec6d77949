package org.mitwirken.voting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Ballots in plain SQL. The upsert locks the participant's ballot row until the transaction ends, so concurrent
 * ballots from one participant replace each other whole and are never added up.
 */
@ApplicationScoped
public class BallotStore {

    @Inject
    EntityManager entityManager;

    /** The participant key of a logged-in account's ballots. */
    static String accountParticipant(String account) {
        return "account:" + account;
    }

    public void replace(UUID round, String participant, Channel channel, List<BallotRequest.Dots> dots) {
        UUID ballot = (UUID) entityManager.createNativeQuery("insert into ballot (id, round_id, participant, channel, "
                + "cast_at) values (?1, ?2, ?3, ?4, ?5) on conflict (round_id, participant) do update "
                + "set channel = excluded.channel, cast_at = excluded.cast_at returning id", UUID.class)
                .setParameter(1, UUID.randomUUID()).setParameter(2, round).setParameter(3, participant)
                .setParameter(4, channel.name()).setParameter(5, Instant.now()).getSingleResult();
        entityManager.createNativeQuery("delete from ballot_dot where ballot_id = ?1").setParameter(1, ballot)
                .executeUpdate();
        for (BallotRequest.Dots item : dots) {
            entityManager.createNativeQuery("insert into ballot_dot (ballot_id, item_id, dots) values (?1, ?2, ?3)")
                    .setParameter(1, ballot).setParameter(2, item.item()).setParameter(3, item.dots()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> ballotOf(UUID round, String participant) {
        return entityManager.createNativeQuery("select b.channel, d.item_id, d.dots from ballot b "
                + "left join ballot_dot d on d.ballot_id = b.id where b.round_id = ?1 and b.participant = ?2")
                .setParameter(1, round).setParameter(2, participant).getResultList();
    }

    /** Rows of item id, channel and dots. */
    @SuppressWarnings("unchecked")
    public List<Object[]> dotTallies(UUID round) {
        return entityManager.createNativeQuery("select d.item_id, b.channel, sum(d.dots) from ballot_dot d "
                + "join ballot b on b.id = d.ballot_id where b.round_id = ?1 group by d.item_id, b.channel")
                .setParameter(1, round).getResultList();
    }

    /** Rows of channel and ballot count. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ballotCounts(UUID round) {
        return entityManager.createNativeQuery("select channel, count(*) from ballot where round_id = ?1 "
                + "group by channel").setParameter(1, round).getResultList();
    }

    /** Changes whenever a ballot of the round is cast or changed, or the round closes; cheap enough to poll. */
    public String fingerprint(UUID round) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select count(*), max(b.cast_at), "
                + "(select r.closes_at <= now() from voting_round r where r.id = ?1) from ballot b "
                + "where b.round_id = ?1").setParameter(1, round).getSingleResult();
        return row[0] + "|" + row[1] + "|" + row[2];
    }
}
