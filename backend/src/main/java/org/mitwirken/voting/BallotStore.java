package org.mitwirken.voting;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.mitwirken.integrity.Admission;
import org.mitwirken.integrity.Channel;
import org.mitwirken.integrity.IntegrityMode;

/**
 * Ballots in plain SQL. A ballot row holds its dots, so casting or replacing it is one upsert: concurrent ballots
 * from one participant replace each other whole and are never added up.
 */
@ApplicationScoped
public class BallotStore {

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    /** A round's items and budget never change once it is opened, so every instance keeps them once read. */
    private final Map<UUID, BallotRules> rules = new ConcurrentHashMap<>();

    /** The participant key of a logged-in account's ballots. */
    static String accountParticipant(String account) {
        return "account:" + account;
    }

    /**
     * The participant key of a ballot cast with a printed code: new and random, so the ballot is final and nothing
     * leads from the code to it.
     */
    static String codeParticipant() {
        return "code:" + UUID.randomUUID();
    }

    /** A stored ballot of a participant. */
    record StoredBallot(UUID round, Channel channel, Instant castAt, List<BallotRequest.Dots> dots) {
    }

    Optional<BallotRules> rules(UUID round) {
        BallotRules known = rules.get(round);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<BallotRules> read = session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select r.format_id, r.title, "
                    + "array(select i.item_id from voting_item i where i.round_id = r.id order by i.position), "
                    + "r.dots_per_participant, r.max_dots_per_item, r.integrity_mode from voting_round r "
                    + "where r.id = ?")) {
                select.setObject(1, round);
                try (ResultSet found = select.executeQuery()) {
                    return found.next() ? Optional.of(new BallotRules(found.getObject(1, UUID.class),
                            found.getString(2), List.of((UUID[]) found.getArray(3).getArray()), found.getInt(4),
                            found.getInt(5), IntegrityMode.valueOf(found.getString(6))))
                            : Optional.<BallotRules>empty();
                }
            }
        });
        read.ifPresent(found -> rules.put(round, found));
        return read;
    }

    /**
     * Casts or replaces the participant's ballot in one statement, if the round is open now: in the caller's
     * transaction if there is one, else in its own. The statement share-locks the round, so a ballot racing an early
     * close either lands before it or is refused after it.
     *
     * @return whether the round was open and took the ballot
     */
    boolean castIfOpen(UUID round, String participant, Channel channel, Admission admission,
            List<BallotRequest.Dots> dots) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement cast = connection.prepareStatement("with open_round as (select id from voting_round "
                        + "where id = ? and opens_at <= now() and closes_at > now() for share) "
                        + "insert into ballot (id, round_id, participant, channel, admission, cast_at, item_ids, dots) "
                        + "select ?, id, ?, ?, ?, now(), ?::uuid[], ?::int[] from open_round "
                        + "on conflict (round_id, participant) do update set channel = excluded.channel, "
                        + "admission = excluded.admission, cast_at = excluded.cast_at, item_ids = excluded.item_ids, "
                        + "dots = excluded.dots")) {
            cast.setObject(1, round);
            cast.setObject(2, UUID.randomUUID());
            cast.setString(3, participant);
            cast.setString(4, channel.name());
            cast.setString(5, admission.name());
            cast.setArray(6, connection.createArrayOf("uuid", dots.stream().map(BallotRequest.Dots::item).toArray()));
            cast.setArray(7, connection.createArrayOf("integer", dots.stream().map(BallotRequest.Dots::dots).toArray()));
            return cast.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Ballot not stored", e);
        }
    }

    Optional<StoredBallot> ballotOf(UUID round, String participant) {
        List<StoredBallot> found = ballots("b.round_id = ? and b.participant = ?", round, participant);
        return found.stream().findFirst();
    }

    /** Every ballot of a participant, oldest first. */
    List<StoredBallot> ballotsOf(String participant) {
        return ballots("b.participant = ?", participant);
    }

    /** Rows of item id, channel and dots. */
    @SuppressWarnings("unchecked")
    public List<Object[]> dotTallies(UUID round) {
        return entityManager.createNativeQuery("select d.item_id, b.channel, sum(d.dots) from ballot b "
                + "cross join lateral unnest(b.item_ids, b.dots) as d(item_id, dots) where b.round_id = ?1 "
                + "group by d.item_id, b.channel").setParameter(1, round).getResultList();
    }

    /** Rows of admission, channel and ballot count. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ballotCounts(UUID round) {
        return entityManager.createNativeQuery("select admission, channel, count(*) from ballot where round_id = ?1 "
                + "group by admission, channel order by admission, channel").setParameter(1, round).getResultList();
    }

    /** Changes whenever a ballot of the round is cast or changed, or the round closes; cheap enough to poll. */
    public String fingerprint(UUID round) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select count(*), max(b.cast_at), "
                + "(select r.closes_at <= now() from voting_round r where r.id = ?1) from ballot b "
                + "where b.round_id = ?1").setParameter(1, round).getSingleResult();
        return row[0] + "|" + row[1] + "|" + row[2];
    }

    private List<StoredBallot> ballots(String where, Object... parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select b.round_id, b.channel, b.cast_at, "
                    + "b.item_ids, b.dots from ballot b where " + where + " order by b.cast_at, b.id")) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<StoredBallot> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID[] items = (UUID[]) rows.getArray(4).getArray();
                        Integer[] dots = (Integer[]) rows.getArray(5).getArray();
                        found.add(new StoredBallot(rows.getObject(1, UUID.class), Channel.valueOf(rows.getString(2)),
                                rows.getTimestamp(3).toInstant(), IntStream.range(0, items.length)
                                        .mapToObj(i -> new BallotRequest.Dots(items[i], dots[i])).toList()));
                    }
                }
                return found;
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
