package org.mitwirken.voting;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.fieldofaction.FieldOfActionRef;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

@ApplicationScoped
public class VotingService {

    @Inject
    VotingRoundRepository rounds;

    @Inject
    BallotStore ballots;

    @Inject
    FormatService formats;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Transactional
    public VotingRoundResponse create(VotingRoundRequest request) {
        List<Violation> violations = new ArrayList<>();
        FormatRef format = formats.findRef(request.format(), true).orElse(null);
        if (format == null) {
            violations.add(new Violation("format", "no format has the slug '" + request.format() + "'"));
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Violation("closesAt", "must be after opensAt"));
        }
        if (request.maxDotsPerItem() > request.dotsPerParticipant()) {
            violations.add(new Violation("maxDotsPerItem", "must not exceed dotsPerParticipant"));
        }
        Map<UUID, String> titles = titles(request.itemType(), request.items());
        for (int i = 0; i < request.items().size(); i++) {
            UUID item = request.items().get(i);
            if (!titles.containsKey(item)) {
                violations.add(new Violation("items[" + i + "]", "no published " + request.itemType().name()
                        .toLowerCase().replace('_', ' ') + " has this id"));
            } else if (request.items().indexOf(item) != i) {
                violations.add(new Violation("items[" + i + "]", "appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        VotingRound round = new VotingRound();
        round.formatId = format.id();
        round.title = request.title();
        round.itemType = request.itemType();
        round.itemIds.addAll(request.items());
        round.dotsPerParticipant = request.dotsPerParticipant();
        round.maxDotsPerItem = request.maxDotsPerItem();
        round.opensAt = request.opensAt();
        round.closesAt = request.closesAt();
        rounds.persist(round);
        rounds.flush();
        return response(round, format);
    }

    public List<VotingRoundResponse> forFormat(String formatSlug, boolean includeDrafts) {
        FormatRef format = formats.findRef(formatSlug, includeDrafts)
                .orElseThrow(() -> ProblemException.notFound("Format", formatSlug));
        return rounds.list("formatId", Sort.by("opensAt").and("id"), format.id()).stream()
                .map(round -> response(round, format)).toList();
    }

    public VotingRoundResponse get(UUID id, boolean includeDrafts) {
        VotingRound round = visible(id, includeDrafts);
        return response(round, formats.findRef(round.formatId).orElseThrow());
    }

    /**
     * Replaces the participant's ballot; the dot budget and per-item cap hold whatever the client sends. The ballot
     * is one statement in a transaction of its own; reads need no more than a request context.
     */
    @ActivateRequestContext
    public BallotResponse cast(UUID id, BallotRequest request, String participant, String issuedToken) {
        BallotRules rules = ballots.rules(id)
                .filter(found -> formats.findRef(found.formatId()).map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Voting round", id.toString()));
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < request.dots().size(); i++) {
            BallotRequest.Dots dots = request.dots().get(i);
            if (!rules.itemIds().contains(dots.item())) {
                violations.add(new Violation("dots[" + i + "].item", "is not an item of this round"));
            } else if (!seen.add(dots.item())) {
                violations.add(new Violation("dots[" + i + "].item", "appears twice"));
            }
            if (dots.dots() > rules.maxDotsPerItem()) {
                violations.add(new Violation("dots[" + i + "].dots", "at most " + rules.maxDotsPerItem() + " per item"));
            }
            total += dots.dots();
        }
        if (total > rules.dotsPerParticipant()) {
            violations.add(new Violation("dots", total + " dots given; the budget is " + rules.dotsPerParticipant()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        Channel channel = request.channel() == null ? Channel.ONLINE : request.channel();
        if (!ballots.castIfOpen(id, participant, channel, request.dots())) {
            VotingRound round = rounds.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.notFound("Voting round", id.toString()));
            throw ProblemException.conflict("The round '" + round.title + "' takes ballots from " + round.opensAt
                    + " until " + round.closesAt + ".");
        }
        return new BallotResponse(channel, request.dots(), rules.dotsPerParticipant() - total, issuedToken);
    }

    /** Ends the round now, e.g. when the dialogue event moves on; its results become final. */
    @Transactional
    public VotingRoundResponse close(UUID id) {
        VotingRound round = rounds.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Voting round", id.toString()));
        Instant now = Instant.now();
        if (round.closesAt.isAfter(now)) {
            round.closesAt = now;
            if (round.opensAt.isAfter(now)) {
                round.opensAt = now;
            }
        }
        rounds.flush();
        return response(round, formats.findRef(round.formatId).orElseThrow());
    }

    public BallotResponse ballot(UUID id, String participant) {
        VotingRound round = visible(id, false);
        BallotStore.StoredBallot ballot = ballots.ballotOf(id, participant)
                .orElseThrow(() -> ProblemException.notFound("Ballot in round", id.toString()));
        int used = ballot.dots().stream().mapToInt(BallotRequest.Dots::dots).sum();
        return new BallotResponse(ballot.channel(), ballot.dots(), round.dotsPerParticipant - used, null);
    }

    public ResultsResponse results(UUID id, boolean includeDrafts) {
        VotingRound round = visible(id, includeDrafts);
        Map<UUID, String> titles = titles(round.itemType, round.itemIds);
        Map<UUID, Map<Channel, Long>> dots = new HashMap<>();
        for (Object[] row : ballots.dotTallies(id)) {
            dots.computeIfAbsent((UUID) row[0], item -> new EnumMap<>(Channel.class))
                    .put(Channel.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        Map<Channel, Long> counts = ballots.ballotCounts(id).stream().collect(Collectors.toMap(
                row -> Channel.valueOf((String) row[0]), row -> ((Number) row[1]).longValue()));
        List<ResultsResponse.ItemResult> items = round.itemIds.stream()
                .map(item -> new ResultsResponse.ItemResult(item, titles.getOrDefault(item, ""),
                        tally(dots.getOrDefault(item, Map.of()))))
                .toList();
        return new ResultsResponse(id, !Instant.now().isBefore(round.closesAt), tally(counts), items);
    }

    /** Changes whenever the results might have (a ballot, or the round closing); the live stream polls it. */
    public String resultsFingerprint(UUID id) {
        return ballots.fingerprint(id);
    }

    private static ResultsResponse.Tally tally(Map<Channel, Long> byChannel) {
        long online = byChannel.getOrDefault(Channel.ONLINE, 0L);
        long onSite = byChannel.getOrDefault(Channel.ON_SITE, 0L);
        return new ResultsResponse.Tally(online, onSite, online + onSite);
    }

    private VotingRound visible(UUID id, boolean includeDrafts) {
        return rounds.findByIdOptional(id)
                .filter(round -> includeDrafts || formats.findRef(round.formatId)
                        .map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> ProblemException.notFound("Voting round", id.toString()));
    }

    private Map<UUID, String> titles(VotingItemType type, List<UUID> ids) {
        if (type == VotingItemType.GOAL) {
            return fieldsOfAction.publishedGoalTitles(ids);
        }
        return fieldsOfAction.refsByIds(ids, false).stream()
                .collect(Collectors.toMap(FieldOfActionRef::id, FieldOfActionRef::title));
    }

    private VotingRoundResponse response(VotingRound round, FormatRef format) {
        Map<UUID, String> titles = titles(round.itemType, round.itemIds);
        return new VotingRoundResponse(round.id, format.slug(), round.title, round.itemType,
                round.itemIds.stream().map(item -> new VotingRoundResponse.Item(item, titles.getOrDefault(item, "")))
                        .toList(),
                round.dotsPerParticipant, round.maxDotsPerItem, round.opensAt, round.closesAt,
                round.isOpen(Instant.now()));
    }
}
