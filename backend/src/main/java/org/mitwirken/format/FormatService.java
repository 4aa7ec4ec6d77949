package org.mitwirken.format;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Versions;
import org.mitwirken.common.http.CatalogueMemo;
import org.mitwirken.common.http.CatalogueVersion;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.paging.SortOrder;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.fieldofaction.FieldOfActionRef;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.teaser.TeaserImage;
import org.mitwirken.format.teaser.TeaserImageRepository;
import org.mitwirken.format.teaser.TeaserImageResponse;
import org.mitwirken.process.PhaseRef;
import org.mitwirken.process.ProcessRef;
import org.mitwirken.process.ProcessService;
import org.mitwirken.common.problem.GeneralCode;

@ApplicationScoped
public class FormatService {
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "startsOn", "startsOn", "title", "title", "createdAt", "createdAt");

    @Inject
    FormatRepository repository;

    @Inject
    ProcessService processes;

    @Inject
    DistrictService districts;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Inject
    CatalogueVersion catalogue;

    @Inject
    PublicChanges changes;

    @Inject
    FormatStatuses statuses;

    @Inject
    TeaserImageRepository teaserImages;

    /** Every contribution, ballot and reply asks for these; they change only with the catalogue. */
    private CatalogueMemo<UUID, Optional<ParticipationPolicy>> participationRules;
    private CatalogueMemo<UUID, Optional<FormatRef>> refs;

    @PostConstruct
    void memoise() {
        participationRules = catalogue.memo(this::loadPublicParticipation);
        refs = catalogue.memo(id -> repository.findByIdOptional(id).map(this::ref));
    }

    /** Without drafts, a format is listed only when it and its process are published. */
    public PageResponse<FormatResponse> list(FormatQuery filter, PageRequest paging, boolean includeDrafts) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (!includeDrafts) {
            List<UUID> visibleProcesses = processes.publishedIds();
            if (visibleProcesses.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and publicationState = :published and processId in :visibleProcesses");
            parameters.and("published", PublicationState.PUBLISHED).and("visibleProcesses", visibleProcesses);
        }
        if (filter.process != null) {
            var process = processes.findRef(filter.process, includeDrafts);
            if (process.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and processId = :processId");
            parameters.and("processId", process.get().id());
        }
        if (filter.phase != null) {
            List<UUID> phaseIds = processes.phaseIdsWithSlug(filter.phase);
            if (phaseIds.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and phaseId in :phaseIds");
            parameters.and("phaseIds", phaseIds);
        }
        if (filter.district != null) {
            var district = districts.findRef(filter.district);
            if (district.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and :districtId member of districtIds");
            parameters.and("districtId", district.get().id());
        }
        if (filter.fieldOfAction != null) {
            var field = fieldsOfAction.findRef(filter.fieldOfAction, includeDrafts);
            if (field.isEmpty()) {
                return paging.emptyPage();
            }
            where.append(" and :fieldId member of fieldOfActionIds");
            parameters.and("fieldId", field.get().id());
        }
        if (filter.kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", FormatKind.valueOf(filter.kind));
        }
        PanacheQuery<ParticipationFormat> query = repository.find(where.toString(),
                SortOrder.parse(filter.sort, SORT_FIELDS, FormatQuery.DEFAULT_SORT), parameters);
        List<ParticipationFormat> formats = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageResponse<>(responses(formats, includeDrafts), paging.page(), paging.size(), query.count());
    }

    public FormatResponse get(String slug, boolean includeDrafts) {
        ParticipationFormat format = existing(slug);
        if (!includeDrafts && !publiclyVisible(format)) {
            throw ProblemException.notFound(slug);
        }
        return response(format, includeDrafts);
    }

    /** For other features: the format with this slug, if the viewer may see it. */
    public Optional<FormatRef> findRef(String slug, boolean includeDrafts) {
        return repository.findBySlug(slug).map(this::ref).filter(ref -> includeDrafts || ref.publiclyVisible());
    }

    /** For retention: the formats of a process, published or not. */
    public Set<UUID> idsInProcess(UUID process) {
        return Set.copyOf(repository.find("select f.id from ParticipationFormat f where f.processId = ?1", process)
                .project(UUID.class).list());
    }

    /** For other features: the format with this id, whoever may see it. */
    public Optional<FormatRef> findRef(UUID id) {
        return refs.get(id);
    }

    /** For other features: these formats, whoever may see them, by id; one query for them, one for their processes. */
    public Map<UUID, FormatRef> refsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ParticipationFormat> found = repository.list("id in ?1", Set.copyOf(ids));
        Map<UUID, ProcessRef> processesById = processes.refsByIds(
                found.stream().map(format -> format.processId).collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(format -> format.id, format -> new FormatRef(format.id,
                format.slug, format.title, publiclyVisible(format, processesById.get(format.processId)))));
    }

    /** For other features: those of these formats the public may see, in one lookup, by id. */
    public Map<UUID, FormatResponse> publicResponses(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<UUID> visibleProcesses = Set.copyOf(processes.publishedIds());
        List<ParticipationFormat> visible = repository.list("id in ?1 and publicationState = ?2", ids,
                PublicationState.PUBLISHED).stream().filter(format -> visibleProcesses.contains(format.processId))
                .toList();
        return responses(visible, false).stream().collect(Collectors.toMap(FormatResponse::id, format -> format));
    }

    /** For reminders: the formats the public may see whose day (not just month) lies in these days, in date order. */
    public List<FormatResponse> publicResponsesOnDays(LocalDate from, LocalDate to) {
        Set<UUID> visibleProcesses = Set.copyOf(processes.publishedIds());
        return responses(repository.list("publicationState = ?1 and datePrecision = ?2 and startsOn between ?3 and ?4",
                Sort.by("startsOn").and("title").and("id"), PublicationState.PUBLISHED, DatePrecision.DAY, from, to)
                .stream().filter(format -> visibleProcesses.contains(format.processId)).toList(), false);
    }

    /** For calendars and feeds: the formats of this process the public may see, in date order. */
    public List<FormatResponse> publicResponsesInProcess(UUID processId) {
        if (!processes.publishedIds().contains(processId)) {
            return List.of();
        }
        return responses(repository.list("processId = ?1 and publicationState = ?2",
                Sort.by("startsOn").and("title").and("id"), processId,
                PublicationState.PUBLISHED), false);
    }

    /** For other features: every format the public may see. */
    public List<FormatRef> publicRefs() {
        return publicRefs(repository.list("publicationState", PublicationState.PUBLISHED));
    }

    /** For other features: every format of this kind the public may see. */
    public List<FormatRef> publicRefs(FormatKind kind) {
        return publicRefs(repository.list("publicationState = ?1 and kind = ?2", PublicationState.PUBLISHED, kind));
    }

    /** Of these published formats, those in published processes; the processes are asked once, not per format. */
    private List<FormatRef> publicRefs(List<ParticipationFormat> published) {
        Set<UUID> visibleProcesses = Set.copyOf(processes.publishedIds());
        return published.stream().filter(format -> visibleProcesses.contains(format.processId))
                .map(format -> new FormatRef(format.id, format.slug, format.title, true)).toList();
    }

    /** For other features: how citizens may take part in a format the public may see. */
    public Optional<ParticipationPolicy> publicParticipation(UUID id) {
        return participationRules.get(id);
    }

    private Optional<ParticipationPolicy> loadPublicParticipation(UUID id) {
        return repository.findByIdOptional(id).filter(this::publiclyVisible)
                .map(format -> new ParticipationPolicy(format.participation.commentsEnabled,
                        format.participation.anonymousAllowed, format.participation.preModeration));
    }

    private FormatRef ref(ParticipationFormat format) {
        return new FormatRef(format.id, format.slug, format.title, publiclyVisible(format));
    }

    private boolean publiclyVisible(ParticipationFormat format) {
        return publiclyVisible(format, processOf(format));
    }

    private static boolean publiclyVisible(ParticipationFormat format, ProcessRef process) {
        return format.publicationState == PublicationState.PUBLISHED
                && process.publicationState() == PublicationState.PUBLISHED;
    }

    @Transactional
    public FormatResponse create(FormatRequest request) {
        ParticipationFormat format = new ParticipationFormat();
        format.slug = repository.slugForNew(request.slug(), request.title());
        apply(request, format);
        repository.persist(format);
        repository.flush();
        announce(format, false, path(format), true);
        return response(format, true);
    }

    @Transactional
    public FormatResponse update(String slug, FormatRequest request) {
        ParticipationFormat format = existing(slug);
        Versions.requireCurrent(request.version(), format.version);
        boolean wasPublic = publiclyVisible(format);
        String publicPath = path(format);
        format.slug = repository.slugForUpdate(format.slug, request.slug());
        apply(request, format);
        repository.flush();
        announce(format, wasPublic, publicPath, true);
        return response(format, true);
    }

    @Transactional
    public FormatResponse setPublicationState(String slug, PublicationState state) {
        ParticipationFormat format = existing(slug);
        boolean wasPublic = publiclyVisible(format);
        format.publicationState = state;
        repository.flush();
        announce(format, wasPublic, path(format), false);
        return response(format, true);
    }

    @Transactional
    public void delete(String slug) {
        ParticipationFormat format = existing(slug);
        boolean wasPublic = publiclyVisible(format);
        repository.delete(format);
        repository.flush();
        if (wasPublic) {
            changes.announce(new PublicChange(ChangeType.FORMAT_WITHDRAWN, format.id.toString(), path(format)));
        }
    }

    /**
     * Tells registered apps what the public sees change: a format appearing, changing or disappearing. A withdrawal
     * names the path the public knew, never one the format got on its way out of view.
     */
    private void announce(ParticipationFormat format, boolean wasPublic, String publicPath, boolean contentChanged) {
        boolean isPublic = publiclyVisible(format);
        ChangeType type = isPublic && !wasPublic ? ChangeType.FORMAT_PUBLISHED
                : wasPublic && !isPublic ? ChangeType.FORMAT_WITHDRAWN
                : isPublic && contentChanged ? ChangeType.FORMAT_UPDATED : null;
        if (type != null) {
            String path = type == ChangeType.FORMAT_WITHDRAWN ? publicPath : path(format);
            changes.announce(new PublicChange(type, format.id.toString(), path));
        }
    }

    private static String path(ParticipationFormat format) {
        return "/api/v1/formats/" + format.slug;
    }

    private ParticipationFormat existing(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
    }

    private ProcessRef processOf(ParticipationFormat format) {
        return processes.refsByIds(List.of(format.processId)).get(format.processId);
    }

    private void apply(FormatRequest request, ParticipationFormat format) {
        List<Violation> violations = new ArrayList<>();
        ProcessRef process = processes.findRef(request.process(), true).orElse(null);
        PhaseRef phase = null;
        if (process == null) {
            violations.add(new Violation("process", GeneralCode.UNKNOWN, Map.of("value", request.process())));
        } else if (request.phase() != null) {
            phase = process.phase(request.phase()).orElse(null);
            if (phase == null) {
                violations.add(new Violation("phase", GeneralCode.UNKNOWN, Map.of("value", request.phase())));
            }
        }
        DatePrecision precision = request.datePrecision() == null ? DatePrecision.DAY : request.datePrecision();
        LocalDate endsOn = request.endsOn() != null ? request.endsOn()
                : precision == DatePrecision.MONTH ? YearMonth.from(request.startsOn()).atEndOfMonth()
                : request.startsOn();
        if (endsOn.isBefore(request.startsOn())) {
            violations.add(new Violation("endsOn", GeneralCode.END_BEFORE_START));
        }
        Set<UUID> districtIds = resolve(request.districts(), "districts", slug -> districts.findRef(slug)
                .map(DistrictRef::id), violations);
        Set<UUID> fieldIds = resolve(request.fieldsOfAction(), "fieldsOfAction", slug -> fieldsOfAction
                .findRef(slug, true).map(FieldOfActionRef::id), violations);
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        format.processId = process.id();
        format.districtIds.clear();
        format.districtIds.addAll(districtIds);
        format.fieldOfActionIds.clear();
        format.fieldOfActionIds.addAll(fieldIds);
        format.phaseId = phase == null ? null : phase.id();
        format.kind = request.kind();
        format.title = request.title();
        format.summary = request.summary();
        format.body = request.body() == null ? "" : request.body();
        format.startsOn = request.startsOn();
        format.endsOn = endsOn;
        format.datePrecision = precision;
        format.venue = request.venue();
        format.online = request.online() != null && request.online();
        format.audience = request.audience() == null ? Audience.PUBLIC : request.audience();
        format.participation = request.participation() == null ? new ParticipationSettings()
                : request.participation().toEntity();
    }

    private static Set<UUID> resolve(List<String> slugs, String field, Function<String, Optional<UUID>> lookup,
            List<Violation> violations) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> given = slugs == null ? List.of() : slugs;
        for (int i = 0; i < given.size(); i++) {
            String slug = given.get(i);
            String path = field + "[" + i + "]";
            lookup.apply(slug).ifPresentOrElse(ids::add,
                    () -> violations.add(new Violation(path, GeneralCode.UNKNOWN, Map.of("value", slug))));
        }
        return ids;
    }


    private FormatResponse response(ParticipationFormat format, boolean includeDrafts) {
        return responses(List.of(format), includeDrafts).get(0);
    }

    /** Resolves the related items of a whole page at once: one lookup per feature, not per format. */
    private List<FormatResponse> responses(List<ParticipationFormat> formats, boolean includeDrafts) {
        Map<UUID, ProcessRef> processRefs = processes.refsByIds(formats.stream().map(f -> f.processId).toList());
        Map<UUID, Reference> districtRefs = districts.refsByIds(idsOf(formats, f -> f.districtIds)).stream()
                .collect(Collectors.toMap(DistrictRef::id, d -> new Reference(d.slug(), d.name())));
        List<FieldOfActionRef> fieldRefs = fieldsOfAction.refsByIds(idsOf(formats, f -> f.fieldOfActionIds),
                includeDrafts);
        Map<UUID, FormatStatus> formatStatuses = statuses.of(formats);
        Map<UUID, TeaserImage> images = teaserImages.ofFormats(formats.stream().map(f -> f.id).toList()).stream()
                .collect(Collectors.toMap(image -> image.formatId, Function.identity()));
        return formats.stream().map(format -> {
            ProcessRef process = processRefs.get(format.processId);
            Reference phase = format.phaseId == null ? null
                    : process.phase(format.phaseId).map(p -> new Reference(p.slug(), p.title())).orElse(null);
            List<Reference> formatDistricts = format.districtIds.stream().map(districtRefs::get)
                    .sorted(Comparator.comparing(Reference::title)).toList();
            List<Reference> formatFields = fieldRefs.stream().filter(f -> format.fieldOfActionIds.contains(f.id()))
                    .map(f -> new Reference(f.slug(), f.title())).toList();
            return new FormatResponse(format.id, format.slug, new Reference(process.slug(), process.title()), phase,
                    format.kind, format.title, format.summary, format.body, format.startsOn, format.endsOn,
                    format.datePrecision, format.venue, format.online, format.audience, format.publicationState,
                    formatStatuses.get(format.id), ParticipationSettingsDto.of(format.participation), formatDistricts, formatFields,
                    images.containsKey(format.id) ? TeaserImageResponse.of(images.get(format.id), format.slug) : null,
                    format.version, format.createdAt, format.updatedAt);
        }).toList();
    }

    private static Set<UUID> idsOf(List<ParticipationFormat> formats,
            Function<ParticipationFormat, Set<UUID>> ids) {
        return formats.stream().flatMap(format -> ids.apply(format).stream()).collect(Collectors.toSet());
    }
}
