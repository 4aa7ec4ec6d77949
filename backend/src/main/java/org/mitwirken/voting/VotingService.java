package org.mitwirken.voting;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.fieldofaction.FieldOfActionRef;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.integrity.Admission;
import org.mitwirken.integrity.Channel;
import org.mitwirken.integrity.DeviceTokens;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.IntegrityProblems;
import org.mitwirken.integrity.OnSiteCodes;
import org.mitwirken.integrity.Participant;
import org.mitwirken.integrity.ParticipationGate.Admitted;
import org.mitwirken.integrity.ParticipationGate;

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

    @Inject
    ParticipationGate gate;

    @Inject
    DeviceTokens deviceTokens;

    @Inject
    VotingCodes codes;

    @Inject
    VotingMarks marks;

    @Inject
    OnSiteCodes onSiteCodes;

    @Transactional
    public VotingRoundResponse create(VotingRoundRequest request) {
        List<Violation> violations = new ArrayList<>();
        FormatRef format = formats.findRef(request.format(), true).orElse(null);
        if (format == null) {
            violations.add(new Violation("format", GeneralCode.UNKNOWN, Map.of("value", request.format())));
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Violation("closesAt", GeneralCode.NOT_AFTER_START));
        }
        if (request.maxDotsPerItem() > request.dotsPerParticipant()) {
            violations.add(new Violation("maxDotsPerItem", GeneralCode.TOO_LARGE,
                    Map.of("max", request.dotsPerParticipant())));
        }
        Map<UUID, String> titles = titles(request.itemType(), request.items());
        for (int i = 0; i < request.items().size(); i++) {
            UUID item = request.items().get(i);
            if (!titles.containsKey(item)) {
                violations.add(new Violation("items[" + i + "]", GeneralCode.UNKNOWN, Map.of("value", item)));
            } else if (request.items().indexOf(item) != i) {
                violations.add(new Violation("items[" + i + "]", GeneralCode.DUPLICATE, Map.of("value", item)));
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
        round.integrityMode = request.integrityMode() == null ? IntegrityMode.OPEN : request.integrityMode();
        rounds.persist(round);
        rounds.flush();
        return response(round, format);
    }

    public List<VotingRoundResponse> forFormat(String formatSlug, boolean includeDrafts) {
        FormatRef format = formats.findRef(formatSlug, includeDrafts)
                .orElseThrow(() -> ProblemException.notFound(formatSlug));
        return rounds.list("formatId", Sort.by("opensAt").and("id"), format.id()).stream()
                .map(round -> response(round, format)).toList();
    }

    public VotingRoundResponse get(UUID id, boolean includeDrafts) {
        VotingRound round = visible(id, includeDrafts);
        return response(round, formats.findRef(round.formatId).orElseThrow());
    }

    /**
     * Casts or replaces the participant's ballot; the dot budget and per-item cap hold whatever the client sends, and
     * the round's integrity mode decides who may vote and the server where the ballot counts (see
     * {@link ParticipationGate}). In an OPEN round the ballot is one statement; in the other modes the code or mark
     * it spends and the ballot commit together or not at all.
     */
    @ActivateRequestContext
    public BallotResponse cast(UUID id, BallotRequest request, Participant who, String deviceToken) {
        BallotRules rules = ballots.rules(id)
                .filter(found -> formats.findRef(found.formatId()).map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
        int total = checkDots(rules, request.dots());
        Supplier<BallotResponse> cast = () -> {
            Admitted admitted = gate.admit(new ParticipationGate.Scope(id, rules.integrityMode(), codes, marks,
                    false), who, new ParticipationGate.Proof(request.code(), request.onSiteCode(),
                    request.channel() == Channel.ON_SITE));
            Channel channel = admitted.channel();
            DeviceTokens.Issued issued = admitted.admission() == Admission.ANONYMOUS && (deviceToken == null
                    || deviceToken.isBlank()) ? deviceTokens.issue() : null;
            String participant = switch (admitted.admission()) {
                case ACCOUNT -> BallotStore.accountParticipant(who.subject());
                case CODE -> BallotStore.codeParticipant();
                default -> issued != null ? issued.participant() : deviceTokens.participant(deviceToken);
            };
            if (admitted.returning() && ballots.ballotOf(id, participant).isEmpty()) {
                throw IntegrityProblems.alreadyTakenPart();
            }
            if (!ballots.castIfOpen(id, participant, channel, admitted.admission(), request.dots())) {
                throw notOpen(id);
            }
            return new BallotResponse(channel, request.dots(), rules.dotsPerParticipant() - total,
                    issued == null ? null : issued.token());
        };
        return rules.integrityMode() == IntegrityMode.OPEN ? cast.get()
                : QuarkusTransaction.requiringNew().call(cast::get);
    }

    private static int checkDots(BallotRules rules, List<BallotRequest.Dots> given) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < given.size(); i++) {
            BallotRequest.Dots dots = given.get(i);
            if (!rules.itemIds().contains(dots.item())) {
                violations.add(new Violation("dots[" + i + "].item", VotingCode.NOT_AN_ITEM));
            } else if (!seen.add(dots.item())) {
                violations.add(new Violation("dots[" + i + "].item", GeneralCode.DUPLICATE));
            }
            if (dots.dots() > rules.maxDotsPerItem()) {
                violations.add(new Violation("dots[" + i + "].dots", VotingCode.DOTS_PER_ITEM,
                        Map.of("max", rules.maxDotsPerItem())));
            }
            total += dots.dots();
        }
        if (total > rules.dotsPerParticipant()) {
            violations.add(new Violation("dots", VotingCode.OVER_BUDGET, Map.of("given", total, "budget",
                    rules.dotsPerParticipant())));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        return total;
    }

    private ProblemException notOpen(UUID id) {
        VotingRound round = rounds.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
        return new ProblemException(ProblemType.NOT_OPEN, GeneralCode.OPEN_BETWEEN, Map.of("title", round.title,
                "opensAt", round.opensAt, "closesAt", round.closesAt));
    }

    /** Ends the round now, e.g. when the dialogue event moves on; its results become final. */
    @Transactional
    public VotingRoundResponse close(UUID id) {
        VotingRound round = rounds.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
        Instant now = Instant.now();
        if (round.closesAt.isAfter(now)) {
            round.closesAt = now;
            if (round.opensAt.isAfter(now)) {
                round.opensAt = now;
            }
        }
        rounds.flush();
        marks.dropClosed();
        return response(round, formats.findRef(round.formatId).orElseThrow());
    }

    /** The proof of presence the projector shows now; staff only, or anyone online could claim to be there. */
    public OnSiteCodeResponse onSiteCode(UUID id) {
        visible(id, true);
        OnSiteCodes.Shown shown = onSiteCodes.current(id);
        return new OnSiteCodeResponse(shown.code(), shown.changesAt(), shown.acceptedUntil());
    }

    /** The caller's own ballot: by login, or by the device token of an anonymous one. */
    public BallotResponse ballot(UUID id, Participant who, String deviceToken) {
        String participant;
        if (who.loggedIn()) {
            participant = BallotStore.accountParticipant(who.subject());
        } else if (deviceToken == null || deviceToken.isBlank()) {
            throw new ProblemException(ProblemType.NOT_FOUND);
        } else {
            participant = deviceTokens.participant(deviceToken);
        }
        return ballot(id, participant);
    }

    private BallotResponse ballot(UUID id, String participant) {
        VotingRound round = visible(id, false);
        BallotStore.StoredBallot ballot = ballots.ballotOf(id, participant)
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
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
        List<ResultsResponse.AdmissionCount> admissions = ballots.ballotCounts(id).stream()
                .map(row -> new ResultsResponse.AdmissionCount(Admission.valueOf((String) row[0]),
                        Channel.valueOf((String) row[1]), ((Number) row[2]).longValue()))
                .toList();
        Map<Channel, Long> counts = admissions.stream().collect(Collectors.groupingBy(
                ResultsResponse.AdmissionCount::channel, Collectors.summingLong(ResultsResponse.AdmissionCount::ballots)));
        List<ResultsResponse.ItemResult> items = round.itemIds.stream()
                .map(item -> new ResultsResponse.ItemResult(item, titles.getOrDefault(item, ""),
                        tally(dots.getOrDefault(item, Map.of()))))
                .toList();
        return new ResultsResponse(id, !Instant.now().isBefore(round.closesAt), round.integrityMode, tally(counts),
                admissions, items);
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
                .orElseThrow(() -> ProblemException.notFound(id.toString()));
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
                round.isOpen(Instant.now()), round.integrityMode);
    }
}
