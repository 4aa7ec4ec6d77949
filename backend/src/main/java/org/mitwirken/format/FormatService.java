package org.mitwirken.format;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.Versions;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.paging.SortOrder;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.process.PhaseRef;
import org.mitwirken.process.ProcessRef;
import org.mitwirken.process.ProcessService;

@ApplicationScoped
public class FormatService {
    private static final Map<String, String> SORT_FIELDS = Map.of(
            "startsOn", "startsOn", "title", "title", "createdAt", "createdAt");

    @Inject
    FormatRepository repository;

    @Inject
    ProcessService processes;

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
        if (filter.kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", FormatKind.valueOf(filter.kind));
        }
        PanacheQuery<ParticipationFormat> query = repository.find(where.toString(),
                SortOrder.parse(filter.sort, SORT_FIELDS, FormatQuery.DEFAULT_SORT), parameters);
        List<ParticipationFormat> formats = query.page(Page.of(paging.page(), paging.size())).list();
        Map<UUID, ProcessRef> refs = processes.refsByIds(formats.stream().map(format -> format.processId).toList());
        List<FormatResponse> items = formats.stream().map(format -> toResponse(format, refs.get(format.processId)))
                .toList();
        return new PageResponse<>(items, paging.page(), paging.size(), query.count());
    }

    public FormatResponse get(String slug, boolean includeDrafts) {
        ParticipationFormat format = existing(slug);
        ProcessRef process = processOf(format);
        boolean visible = format.publicationState == PublicationState.PUBLISHED
                && process.publicationState() == PublicationState.PUBLISHED;
        if (!visible && !includeDrafts) {
            throw ProblemException.notFound("Format", slug);
        }
        return toResponse(format, process);
    }

    @Transactional
    public FormatResponse create(FormatRequest request) {
        ParticipationFormat format = new ParticipationFormat();
        format.slug = request.slug() != null ? requireFreeSlug(request.slug())
                : Slugs.firstFree(request.title(), repository::slugTaken);
        ProcessRef process = apply(request, format);
        repository.persist(format);
        repository.flush();
        return toResponse(format, process);
    }

    @Transactional
    public FormatResponse update(String slug, FormatRequest request) {
        ParticipationFormat format = existing(slug);
        Versions.requireCurrent(request.version(), format.version, "Format '" + slug + "'");
        if (request.slug() != null && !request.slug().equals(format.slug)) {
            format.slug = requireFreeSlug(request.slug());
        }
        ProcessRef process = apply(request, format);
        repository.flush();
        return toResponse(format, process);
    }

    @Transactional
    public FormatResponse setPublicationState(String slug, PublicationState state) {
        ParticipationFormat format = existing(slug);
        format.publicationState = state;
        repository.flush();
        return toResponse(format, processOf(format));
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(existing(slug));
        repository.flush();
    }

    private ParticipationFormat existing(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Format", slug));
    }

    private ProcessRef processOf(ParticipationFormat format) {
        return processes.refsByIds(List.of(format.processId)).get(format.processId);
    }

    private ProcessRef apply(FormatRequest request, ParticipationFormat format) {
        List<Violation> violations = new ArrayList<>();
        ProcessRef process = processes.findRef(request.process(), true).orElse(null);
        PhaseRef phase = null;
        if (process == null) {
            violations.add(new Violation("process", "no process has the slug '" + request.process() + "'"));
        } else if (request.phase() != null) {
            phase = process.phase(request.phase()).orElse(null);
            if (phase == null) {
                violations.add(new Violation("phase", "process '" + process.slug() + "' has no phase '"
                        + request.phase() + "'"));
            }
        }
        DatePrecision precision = request.datePrecision() == null ? DatePrecision.DAY : request.datePrecision();
        LocalDate endsOn = request.endsOn() != null ? request.endsOn()
                : precision == DatePrecision.MONTH ? YearMonth.from(request.startsOn()).atEndOfMonth()
                : request.startsOn();
        if (endsOn.isBefore(request.startsOn())) {
            violations.add(new Violation("endsOn", "must not be before startsOn"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        format.processId = process.id();
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
        return process;
    }

    private String requireFreeSlug(String slug) {
        if (repository.slugTaken(slug)) {
            throw ProblemException.conflict("A format with slug '" + slug + "' exists already.");
        }
        return slug;
    }

    private static FormatResponse toResponse(ParticipationFormat format, ProcessRef process) {
        Reference phase = format.phaseId == null ? null
                : process.phase(format.phaseId).map(p -> new Reference(p.slug(), p.title())).orElse(null);
        return new FormatResponse(format.id, format.slug, new Reference(process.slug(), process.title()), phase,
                format.kind, format.title, format.summary, format.body, format.startsOn, format.endsOn,
                format.datePrecision, format.venue, format.online, format.audience, format.publicationState,
                ParticipationSettingsDto.of(format.participation), format.version, format.createdAt,
                format.updatedAt);
    }
}
