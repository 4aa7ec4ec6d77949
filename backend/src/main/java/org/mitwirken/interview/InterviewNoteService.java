package org.mitwirken.interview;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.Actor;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Versions;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.fieldofaction.FieldOfActionRef;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.common.problem.GeneralCode;

@ApplicationScoped
public class InterviewNoteService {
    private static final Sort ORDER = Sort.by("interviewDate").and("title").and("id");

    @Inject
    InterviewNoteRepository repository;

    @Inject
    InterviewNoteRevisionRepository revisions;

    @Inject
    FieldOfActionService fieldsOfAction;

    public PageResponse<InterviewNoteResponse> list(InterviewNoteQuery filter, PageRequest paging,
            boolean includeDrafts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!includeDrafts) {
            where.append(" and publicationState = :published");
            parameters.and("published", PublicationState.PUBLISHED);
        }
        if (filter.topicArea != null) {
            where.append(" and :topic member of topicAreas");
            parameters.and("topic", TopicArea.valueOf(filter.topicArea));
        }
        if (filter.stakeholder != null && !filter.stakeholder.isBlank()) {
            where.append(" and lower(stakeholder) like :stakeholder escape '!'");
            parameters.and("stakeholder", "%" + filter.stakeholder.toLowerCase(Locale.GERMAN)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.fieldOfAction != null) {
            var field = fieldsOfAction.findRef(filter.fieldOfAction, includeDrafts);
            if (field.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and :fieldId member of fieldOfActionIds");
            parameters.and("fieldId", field.get().id());
        }
        PanacheQuery<InterviewNote> query = repository.find(where.toString(), ORDER, parameters);
        List<InterviewNote> notes = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageResponse<>(responses(notes, includeDrafts), paging.page(), paging.size(), query.count());
    }

    /** For other features: whether a note with this slug exists, in any state. */
    public Optional<String> findSlug(String slug) {
        return repository.findBySlug(slug).map(note -> note.slug);
    }

    public InterviewNoteResponse get(String slug, boolean includeDrafts) {
        InterviewNote note = repository.findBySlug(slug)
                .filter(n -> includeDrafts || n.publicationState == PublicationState.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound(slug));
        return response(note, includeDrafts);
    }

    @Transactional
    public InterviewNoteResponse create(InterviewNoteRequest request, Actor author) {
        InterviewNote note = new InterviewNote();
        note.slug = repository.slugForNew(request.slug(), request.title());
        apply(request, note);
        repository.persist(note);
        repository.flush();
        record(note, author, List.of("created"));
        return response(note, true);
    }

    @Transactional
    public InterviewNoteResponse update(String slug, InterviewNoteRequest request, Actor author) {
        InterviewNote note = existing(slug);
        Versions.requireCurrent(request.version(), note.version);
        Map<String, Object> before = snapshot(note);
        note.slug = repository.slugForUpdate(note.slug, request.slug());
        apply(request, note);
        List<String> changed = changedFields(before, snapshot(note));
        repository.flush();
        if (!changed.isEmpty()) {
            record(note, author, changed);
        }
        return response(note, true);
    }

    @Transactional
    public InterviewNoteResponse setPublicationState(String slug, PublicationState state, Actor author) {
        InterviewNote note = existing(slug);
        if (note.publicationState != state) {
            note.publicationState = state;
            repository.flush();
            record(note, author, List.of(state == PublicationState.PUBLISHED ? "published" : "unpublished"));
        }
        return response(note, true);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(existing(slug));
        repository.flush();
    }

    public List<InterviewNoteRevisionResponse> revisions(String slug) {
        return revisions.list("noteId", Sort.by("changedAt").and("version"), existing(slug).id).stream()
                .map(InterviewNoteRevisionResponse::of).toList();
    }

    private InterviewNote existing(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
    }

    private void apply(InterviewNoteRequest request, InterviewNote note) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> fieldIds = new LinkedHashSet<>();
        List<String> fields = request.fieldsOfAction() == null ? List.of() : request.fieldsOfAction();
        for (int i = 0; i < fields.size(); i++) {
            String fieldSlug = fields.get(i);
            String path = "fieldsOfAction[" + i + "]";
            fieldsOfAction.findRef(fieldSlug, true).ifPresentOrElse(ref -> fieldIds.add(ref.id()),
                    () -> violations.add(new Violation(path, GeneralCode.UNKNOWN, Map.of("value", fieldSlug))));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        note.title = request.title();
        note.stakeholder = request.stakeholder();
        note.interviewDate = request.interviewDate();
        note.summary = request.summary();
        note.topicAreas.clear();
        note.topicAreas.addAll(request.topicAreas());
        note.participants.clear();
        (request.participants() == null ? List.<ParticipantDto>of() : request.participants()).forEach(dto -> {
            Participant participant = new Participant();
            participant.role = dto.role();
            participant.headCount = dto.headCount();
            note.participants.add(participant);
        });
        note.findings.clear();
        (request.findings() == null ? List.<FindingDto>of() : request.findings()).forEach(dto -> {
            Finding finding = new Finding();
            finding.type = dto.type();
            finding.text = dto.text();
            note.findings.add(finding);
        });
        note.fieldOfActionIds.clear();
        note.fieldOfActionIds.addAll(fieldIds);
    }

    /** The editable content in comparable form, to tell which fields an update changed. */
    private static Map<String, Object> snapshot(InterviewNote note) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("slug", note.slug);
        values.put("title", note.title);
        values.put("stakeholder", note.stakeholder);
        values.put("interviewDate", note.interviewDate);
        values.put("topicAreas", Set.copyOf(note.topicAreas));
        values.put("participants", note.participants.stream().map(p -> p.role + "×" + p.headCount).toList());
        values.put("summary", note.summary);
        values.put("findings", note.findings.stream().map(f -> f.type + ":" + f.text).toList());
        values.put("fieldsOfAction", Set.copyOf(note.fieldOfActionIds));
        return values;
    }

    private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        return before.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key))).toList();
    }

    private void record(InterviewNote note, Actor author, List<String> changes) {
        InterviewNoteRevision revision = new InterviewNoteRevision();
        revision.noteId = note.id;
        revision.version = note.version;
        revision.changedBy = author.name();
        revision.changedBySubject = author.subject();
        revision.changedAt = Instant.now();
        revision.changes = String.join(",", changes);
        revisions.persist(revision);
    }

    private InterviewNoteResponse response(InterviewNote note, boolean includeDrafts) {
        return responses(List.of(note), includeDrafts).get(0);
    }

    private List<InterviewNoteResponse> responses(List<InterviewNote> notes, boolean includeDrafts) {
        Set<UUID> ids = notes.stream().flatMap(note -> note.fieldOfActionIds.stream()).collect(Collectors.toSet());
        List<FieldOfActionRef> fields = fieldsOfAction.refsByIds(ids, includeDrafts);
        return notes.stream().map(note -> new InterviewNoteResponse(note.id, note.slug, note.title,
                note.stakeholder, note.interviewDate,
                note.topicAreas.stream().sorted(Comparator.naturalOrder()).toList(),
                note.participants.stream().map(p -> new ParticipantDto(p.role, p.headCount)).toList(),
                note.summary,
                note.findings.stream().map(f -> new FindingDto(f.type, f.text)).toList(),
                fields.stream().filter(f -> note.fieldOfActionIds.contains(f.id()))
                        .map(f -> new InterviewNoteResponse.FieldOfActionLink(f.slug(), f.title())).toList(),
                note.publicationState, note.version, note.createdAt, note.updatedAt)).toList();
    }
}
