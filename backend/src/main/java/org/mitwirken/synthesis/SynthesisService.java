package org.mitwirken.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mitwirken.common.Actor;
import org.mitwirken.common.Versions;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.fieldofaction.FieldOfActionResponse;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.fieldofaction.GoalResponse;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.synthesis.SynthesisDtos.Group;
import org.mitwirken.synthesis.SynthesisDtos.InputOutcome;
import org.mitwirken.synthesis.SynthesisDtos.LinkRequest;
import org.mitwirken.synthesis.SynthesisDtos.Outcome;
import org.mitwirken.synthesis.SynthesisDtos.PoolItem;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;
import org.mitwirken.synthesis.SynthesisDtos.Target;
import org.mitwirken.common.problem.GeneralCode;

/** Links input to fields of action and goals, records the city's responses, and tells what became of input. */
@ApplicationScoped
public class SynthesisService {

    @Inject
    Instance<InputSource> sources;

    @Inject
    EntityManager entityManager;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Inject
    FormatService formats;

    @Inject
    DistrictService districts;

    @Inject
    PublicChanges changes;

    @Inject
    Event<ContributionNews> news;

    /** Staff's view of the pool: every published input with where it is linked, filtered by kind and format. */
    public List<PoolItem> pool(InputKind kind, String format, Boolean linked) {
        Map<InputKey, List<Target>> links = targetsByInput(links(null));
        return inputs(kind).stream()
                .filter(input -> format == null || format.equals(input.format()))
                .map(input -> new PoolItem(input, links.getOrDefault(key(input), List.of())))
                .filter(item -> linked == null || linked == !item.links().isEmpty())
                .toList();
    }

    @Transactional
    public void link(LinkRequest request, Actor staff) {
        FieldOfActionResponse field = field(request.fieldOfAction());
        UUID goalId = goalId(field, request.goal());
        requireExisting(request.inputs(), "inputs");
        for (InputKey input : request.inputs()) {
            entityManager.createNativeQuery("insert into input_link (id, input_kind, input_ref, field_of_action_id, "
                    + "goal_id, linked_by, linked_by_subject, linked_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?7) "
                    + "on conflict do nothing")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, input.kind().name())
                    .setParameter(3, input.ref()).setParameter(4, field.id()).setParameter(5, goalId)
                    .setParameter(6, staff.name()).setParameter(7, Instant.now()).setParameter(8, staff.subject())
                    .executeUpdate();
        }
    }

    @Transactional
    public void unlink(InputKey input, String fieldOfAction, String goal) {
        FieldOfActionResponse field = field(fieldOfAction);
        UUID goalId = goalId(field, goal);
        entityManager.createNativeQuery("delete from input_link where input_kind = ?1 and input_ref = ?2 "
                + "and field_of_action_id = ?3 and goal_id is not distinct from ?4").setParameter(1, input.kind().name())
                .setParameter(2, input.ref()).setParameter(3, field.id()).setParameter(4, goalId).executeUpdate();
    }

    @Transactional
    public ResponseView respond(ResponseRequest request) {
        OfficialResponse response = new OfficialResponse();
        apply(response, request);
        entityManager.persist(response);
        entityManager.flush();
        announce(ChangeType.OFFICIAL_RESPONSE_PUBLISHED, response);
        tellAuthors(response, List.of());
        return views(List.of(response)).get(0);
    }

    @Transactional
    public ResponseView updateResponse(UUID id, ResponseRequest request) {
        OfficialResponse response = existingResponse(id);
        Versions.requireCurrent(request.version(), response.version);
        UUID fieldBefore = response.fieldOfActionId;
        List<InputKey> answeredBefore = List.copyOf(response.inputs);
        apply(response, request);
        entityManager.flush();
        if (!fieldBefore.equals(response.fieldOfActionId)) {
            announce(ChangeType.OFFICIAL_RESPONSE_WITHDRAWN, fieldBefore, response.id);
        }
        announce(fieldBefore.equals(response.fieldOfActionId) ? ChangeType.OFFICIAL_RESPONSE_UPDATED
                : ChangeType.OFFICIAL_RESPONSE_PUBLISHED, response);
        tellAuthors(response, answeredBefore);
        return views(List.of(response)).get(0);
    }

    @Transactional
    public void deleteResponse(UUID id) {
        OfficialResponse response = existingResponse(id);
        entityManager.remove(response);
        announce(ChangeType.OFFICIAL_RESPONSE_WITHDRAWN, response);
    }

    /**
     * Authors with an account hear that the city answered their input ("Was ist daraus geworden?"), once per input:
     * those answered before this change were told then. Only a response on a public field of action is news.
     */
    private void tellAuthors(OfficialResponse response, List<InputKey> answeredBefore) {
        fieldsOfAction.refsByIds(List.of(response.fieldOfActionId), false).stream().findFirst().ifPresent(field -> {
            for (InputKey input : response.inputs) {
                if (!answeredBefore.contains(input)) {
                    source(input.kind()).author(input.ref()).ifPresent(author -> news.fire(new ContributionNews(
                            author, ContributionNews.Kind.ANSWERED, field.title(),
                            "/was-wurde-daraus/" + input.kind() + "/" + input.ref(), null)));
                }
            }
        });
    }

    private void announce(ChangeType type, OfficialResponse response) {
        announce(type, response.fieldOfActionId, response.id);
    }

    /** Only responses on a public field of action are public; apps read them on its outcome page. */
    private void announce(ChangeType type, UUID fieldOfActionId, UUID responseId) {
        fieldsOfAction.refsByIds(List.of(fieldOfActionId), false).stream().findFirst().ifPresent(field -> changes
                .announce(new PublicChange(type, responseId.toString(), "/api/v1/outcomes/fields-of-action/"
                        + field.slug())));
    }

    /** The public page of a field of action: its linked input grouped by format and district, and responses. */
    public Outcome outcome(String fieldOfActionSlug) {
        FieldOfActionResponse field = fieldsOfAction.get(fieldOfActionSlug, false);
        List<InputKey> linkedKeys = links(field.id()).stream().map(l -> new InputKey(l.inputKind, l.inputRef))
                .toList();
        Map<InputKey, Input> published = published(linkedKeys);
        List<Input> linked = linkedKeys.stream().map(published::get).filter(Objects::nonNull).distinct().toList();
        Map<String, String> formatTitles = formats.publicRefs().stream()
                .collect(Collectors.toMap(FormatRef::slug, FormatRef::title));
        List<Group> byFormat = group(linked, Input::format, slug -> formatTitles.getOrDefault(slug, slug));
        List<Group> byDistrict = group(linked, Input::district, this::districtName);
        List<ResponseView> responses = views(entityManager.createQuery("from OfficialResponse r where "
                + "r.fieldOfActionId = :field order by r.createdAt, r.id", OfficialResponse.class)
                .setParameter("field", field.id()).getResultList());
        return new Outcome(field.slug(), field.title(), linked.size(), byFormat, byDistrict, responses);
    }

    /** For reports: the responses that answer input from this format. */
    public List<ResponseView> responsesForFormat(String formatSlug) {
        return responsesForFormats(Set.of(formatSlug));
    }

    /** For reports and feeds: the responses that answer input from any of these formats, oldest first. */
    public List<ResponseView> responsesForFormats(Set<String> formatSlugs) {
        List<OfficialResponse> responses = entityManager.createQuery("from OfficialResponse r "
                + "order by r.createdAt, r.id", OfficialResponse.class).getResultList();
        Map<InputKey, Input> answered = published(responses.stream().flatMap(r -> r.inputs.stream()).toList());
        return views(responses.stream().filter(r -> r.inputs.stream().map(answered::get)
                .anyMatch(input -> input != null && input.format() != null && formatSlugs.contains(input.format())))
                .toList());
    }

    /**
     * For anyone following a contribution: where it was linked, and the responses that name it; {@code account} (the
     * viewer's, null without login) only tells whether the viewer wrote it.
     */
    public InputOutcome inputOutcome(InputKind kind, String ref, String account) {
        InputSource source = source(kind);
        Input input = source.find(ref).orElseThrow(() -> ProblemException.notFound(kind + " " + ref));
        List<Target> links = targetsByInput(entityManager.createQuery("from InputLink l where l.inputKind = :kind "
                + "and l.inputRef = :ref", InputLink.class).setParameter("kind", kind).setParameter("ref", ref)
                .getResultList()).getOrDefault(key(input), List.of());
        List<ResponseView> responses = views(entityManager.createQuery("select r from OfficialResponse r "
                + "join r.inputs i where i.kind = :kind and i.ref = :ref order by r.createdAt", OfficialResponse.class)
                .setParameter("kind", kind).setParameter("ref", ref).getResultList());
        return new InputOutcome(input, account != null && source.writtenBy(ref, account), links, responses);
    }

    private static List<Group> group(List<Input> inputs, Function<Input, String> keyOf,
            Function<String, String> labelOf) {
        Map<String, List<Input>> grouped = new LinkedHashMap<>();
        inputs.forEach(input -> grouped.computeIfAbsent(Objects.requireNonNullElse(keyOf.apply(input), ""),
                k -> new ArrayList<>()).add(input));
        return grouped.entrySet().stream()
                .map(e -> new Group(e.getKey().isEmpty() ? null : e.getKey(),
                        e.getKey().isEmpty() ? "" : labelOf.apply(e.getKey()), e.getValue().size(), e.getValue()))
                .sorted(Comparator.comparing(Group::count).reversed().thenComparing(Group::label))
                .toList();
    }

    private void apply(OfficialResponse response, ResponseRequest request) {
        FieldOfActionResponse field = field(request.fieldOfAction());
        UUID goalId = goalId(field, request.goal());
        requireExisting(request.inputs(), "inputs");
        response.fieldOfActionId = field.id();
        response.goalId = goalId;
        response.title = request.title();
        response.status = request.status();
        response.reason = request.reason();
        response.inputs.clear();
        response.inputs.addAll(request.inputs());
    }

    private void requireExisting(List<InputKey> keys, String field) {
        List<Violation> violations = new ArrayList<>();
        Map<InputKey, Input> known = published(keys);
        for (int i = 0; i < keys.size(); i++) {
            InputKey key = keys.get(i);
            if (!known.containsKey(key)) {
                violations.add(new Violation(field + "[" + i + "].ref", GeneralCode.UNKNOWN,
                        Map.of("value", key.ref())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
    }

    private FieldOfActionResponse field(String slug) {
        return fieldsOfAction.findRef(slug, true).map(ref -> fieldsOfAction.get(slug, true))
                .orElseThrow(() -> ValidationProblem.of("fieldOfAction", GeneralCode.UNKNOWN, Map.of("value", slug)));
    }

    private static UUID goalId(FieldOfActionResponse field, String goal) {
        if (goal == null) {
            return null;
        }
        return field.goals().stream().filter(g -> g.slug().equals(goal)).map(GoalResponse::id).findFirst()
                .orElseThrow(() -> ValidationProblem.of("goal", GeneralCode.UNKNOWN, Map.of("value", goal)));
    }

    /** The responses with the contributions each answers, looked up once for all of them. */
    private List<ResponseView> views(List<OfficialResponse> responses) {
        Map<InputKey, Input> published = published(responses.stream().flatMap(r -> r.inputs.stream()).distinct()
                .toList());
        return responses.stream().map(response -> new ResponseView(response.id,
                target(response.fieldOfActionId, response.goalId), response.title, response.status, response.reason,
                List.copyOf(response.inputs), response.inputs.stream().map(published::get).filter(Objects::nonNull)
                        .toList(), response.version, response.updatedAt)).toList();
    }

    /** A district as people know it, by its name; a district deleted since keeps its slug. */
    private String districtName(String slug) {
        return districts.findRef(slug).map(DistrictRef::name).orElse(slug);
    }

    private Target target(UUID fieldId, UUID goalId) {
        FieldOfActionResponse field = fieldsOfAction.refsByIds(List.of(fieldId), true).stream().findFirst()
                .map(ref -> fieldsOfAction.get(ref.slug(), true)).orElseThrow();
        GoalResponse goal = goalId == null ? null : field.goals().stream().filter(g -> g.id().equals(goalId))
                .findFirst().orElse(null);
        return new Target(field.slug(), field.title(), goal == null ? null : goal.slug(),
                goal == null ? null : goal.title());
    }

    private Map<InputKey, List<Target>> targetsByInput(List<InputLink> links) {
        Map<UUID, Map<UUID, Target>> cache = new HashMap<>();
        Map<InputKey, List<Target>> targets = new HashMap<>();
        for (InputLink link : links) {
            Target target = cache.computeIfAbsent(link.fieldOfActionId, f -> new HashMap<>())
                    .computeIfAbsent(link.goalId == null ? new UUID(0, 0) : link.goalId,
                            g -> target(link.fieldOfActionId, link.goalId));
            targets.computeIfAbsent(new InputKey(link.inputKind, link.inputRef), k -> new ArrayList<>()).add(target);
        }
        return targets;
    }

    private List<InputLink> links(UUID fieldOfAction) {
        return fieldOfAction == null
                ? entityManager.createQuery("from InputLink l order by l.linkedAt", InputLink.class).getResultList()
                : entityManager.createQuery("from InputLink l where l.fieldOfActionId = :field order by l.linkedAt",
                        InputLink.class).setParameter("field", fieldOfAction).getResultList();
    }

    private List<Input> inputs(InputKind kind) {
        return sources.stream().filter(s -> kind == null || s.kind() == kind)
                .flatMap(s -> s.published().stream()).toList();
    }

    /** The public inputs these keys name, each kind looked up by its own source. */
    private Map<InputKey, Input> published(List<InputKey> keys) {
        Map<InputKind, List<String>> refsByKind = keys.stream().collect(Collectors.groupingBy(InputKey::kind,
                Collectors.mapping(InputKey::ref, Collectors.toList())));
        Map<InputKey, Input> found = new HashMap<>();
        refsByKind.forEach((kind, refs) -> source(kind).find(refs).forEach(input -> found.put(key(input), input)));
        return found;
    }

    private InputSource source(InputKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    private OfficialResponse existingResponse(UUID id) {
        OfficialResponse response = entityManager.find(OfficialResponse.class, id);
        if (response == null) {
            throw ProblemException.notFound(id.toString());
        }
        return response;
    }

    private static InputKey key(Input input) {
        return new InputKey(input.kind(), input.ref());
    }
}
