package org.mitwirken.opportunity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.format.Reference;

/**
 * Announces opportunities that opened, changed or closed since the last look, whether by a write or by the clock
 * (a survey's closing time passing). What was announced is kept in a table, so each change is announced once, by
 * whichever instance holds the watch's advisory lock; its announcements commit with that record. A survey or voting
 * round that closed by its time also announces that its final results are public.
 */
@ApplicationScoped
public class OpportunityWatch {
    private static final long LOCK = 0x6f70706f7274L;

    @Inject
    OpportunityService opportunities;

    @Inject
    PublicChanges changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Scheduled(every = "${mitwirken.opportunities.watch-every}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watchOnSchedule() {
        watch();
    }

    /** Returns how many announcements were made; none when another instance is watching right now. */
    @Transactional
    public int watch() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!mine) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, OpportunityResponse> open = opportunities.openAt(now).stream()
                .collect(Collectors.toMap(OpportunityWatch::key, o -> o, (a, b) -> a, LinkedHashMap::new));
        Map<String, Announced> announced = announced();
        int count = 0;
        for (Map.Entry<String, OpportunityResponse> entry : open.entrySet()) {
            Announced before = announced.get(entry.getKey());
            String fingerprint = fingerprint(entry.getValue());
            if (before == null || !before.fingerprint().equals(fingerprint)) {
                remember(entry.getKey(), entry.getValue(), fingerprint);
                announce(before == null ? ChangeType.OPPORTUNITY_OPENED : ChangeType.OPPORTUNITY_CHANGED,
                        entry.getValue().id(), entry.getValue().path());
                count++;
            }
        }
        for (Announced gone : announced.values()) {
            if (!open.containsKey(gone.key())) {
                count += closed(gone, now);
            }
        }
        return count;
    }

    private int closed(Announced gone, Instant now) {
        entityManager.createNativeQuery("delete from announced_opportunity where key = ?1").setParameter(1, gone.key())
                .executeUpdate();
        announce(ChangeType.OPPORTUNITY_CLOSED, gone.id(), gone.path());
        boolean hasResults = gone.kind() != OpportunityKind.COMMENTS;
        if (hasResults && gone.closesAt() != null && !gone.closesAt().isAfter(now)) {
            announce(ChangeType.RESULTS_PUBLISHED, gone.id(), gone.path() + "/results");
            return 2;
        }
        return 1;
    }

    private void announce(ChangeType type, String id, String path) {
        changes.announce(new PublicChange(type, id, path));
    }

    private void remember(String key, OpportunityResponse opportunity, String fingerprint) {
        entityManager.createNativeQuery("insert into announced_opportunity (key, kind, id, path, closes_at, "
                + "fingerprint) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (key) do update set path = excluded.path, "
                + "closes_at = excluded.closes_at, fingerprint = excluded.fingerprint")
                .setParameter(1, key).setParameter(2, opportunity.kind().name()).setParameter(3, opportunity.id())
                .setParameter(4, opportunity.path())
                .setParameter(5, opportunity.closesAt() == null ? null : Timestamp.from(opportunity.closesAt()))
                .setParameter(6, fingerprint).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Announced> announced() {
        List<Object[]> rows = entityManager.createNativeQuery("select key, kind, id, path, closes_at, fingerprint "
                + "from announced_opportunity").getResultList();
        Map<String, Announced> announced = new HashMap<>();
        for (Object[] row : rows) {
            Instant closesAt = instant(row[4]);
            announced.put((String) row[0], new Announced((String) row[0], OpportunityKind.valueOf((String) row[1]),
                    (String) row[2], (String) row[3], closesAt, (String) row[5]));
        }
        return announced;
    }

    private static Instant instant(Object column) {
        if (column instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) column;
    }

    private static String key(OpportunityResponse opportunity) {
        return opportunity.kind() + ":" + opportunity.id();
    }

    /** What an app shows of an opportunity; when any of it changes, the opportunity changed. */
    private static String fingerprint(OpportunityResponse o) {
        return Hashes.sha256Hex(String.join("\n", o.title(), o.format().slug(), o.process().slug(),
                Objects.toString(o.opensAt()), Objects.toString(o.closesAt()), o.needs().toString(),
                o.districts().stream().map(Reference::slug).collect(Collectors.joining(",")), o.path()));
    }

    private record Announced(String key, OpportunityKind kind, String id, String path, Instant closesAt,
            String fingerprint) {
    }
}
