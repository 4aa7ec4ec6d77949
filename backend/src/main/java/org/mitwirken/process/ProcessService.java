package org.mitwirken.process;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.OrderedChildren;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Versions;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.participation.PublicChanges;
import org.mitwirken.common.participation.PublicChanges.ChangeType;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.common.problem.GeneralCode;

@ApplicationScoped
public class ProcessService {

    @Inject
    Clock clock;

    @Inject
    ProcessRepository repository;

    @Inject
    PublicChanges changes;

    public PageResponse<ProcessResponse> list(PageRequest paging, boolean includeDrafts) {
        var query = includeDrafts
                ? repository.findAll(Sort.by("title").and("id"))
                : repository.find("publicationState", Sort.by("title").and("id"), PublicationState.PUBLISHED);
        List<ProcessResponse> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(ProcessResponse::of).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), query.count());
    }

    public ProcessResponse get(String slug, boolean includeDrafts) {
        return ProcessResponse.of(visible(slug, includeDrafts));
    }

    @Transactional
    public ProcessResponse create(ProcessRequest request) {
        Process process = new Process();
        process.slug = repository.slugForNew(request.slug(), request.title());
        apply(request, process);
        repository.persist(process);
        repository.flush();
        return ProcessResponse.of(process);
    }

    @Transactional
    public ProcessResponse update(String slug, ProcessRequest request) {
        Process process = existing(slug);
        Versions.requireCurrent(request.version(), process.version);
        List<PhaseResponse> phasesBefore = ProcessResponse.of(process).phases();
        process.slug = repository.slugForUpdate(process.slug, request.slug());
        apply(request, process);
        repository.flush();
        ProcessResponse updated = ProcessResponse.of(process);
        if (isPublic(process)) {
            announce(updated.phases().equals(phasesBefore) ? ChangeType.PROCESS_UPDATED : ChangeType.PHASES_CHANGED,
                    process);
        }
        return updated;
    }

    @Transactional
    public ProcessResponse setPublicationState(String slug, PublicationState state) {
        Process process = existing(slug);
        boolean wasPublic = isPublic(process);
        process.publicationState = state;
        repository.flush();
        if (wasPublic != isPublic(process)) {
            announce(wasPublic ? ChangeType.PROCESS_WITHDRAWN : ChangeType.PROCESS_PUBLISHED, process);
        }
        return ProcessResponse.of(process);
    }

    @Transactional
    public void delete(String slug) {
        Process process = existing(slug);
        repository.delete(process);
        repository.flush();
        if (isPublic(process)) {
            announce(ChangeType.PROCESS_WITHDRAWN, process);
        }
    }

    private static boolean isPublic(Process process) {
        return process.publicationState == PublicationState.PUBLISHED;
    }

    /** Tells registered apps; the formats of a process that appears or disappears are read from the process. */
    private void announce(ChangeType type, Process process) {
        changes.announce(new PublicChange(type, process.id.toString(), "/api/v1/processes/" + process.slug));
    }

    /** For other features: the process with this slug, if the viewer may see it. */
    public Optional<ProcessRef> findRef(String slug, boolean includeDrafts) {
        return repository.findBySlug(slug)
                .filter(process -> includeDrafts || process.publicationState == PublicationState.PUBLISHED)
                .map(ProcessRef::of);
    }

    /** For other features: processes by id, regardless of publication state. */
    public Map<UUID, ProcessRef> refsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.list("id in ?1", new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(process -> process.id, ProcessRef::of));
    }

    /** For retention: processes completed at or before the cutoff whose personal data is still there. */
    public List<UUID> completedAndNotRetired(Instant cutoff) {
        return repository.find("select p.id from Process p where p.completedAt <= ?1 and p.personalDataRetiredAt is null",
                cutoff).project(UUID.class).list();
    }

    @Transactional
    public void markPersonalDataRetired(UUID process) {
        repository.findByIdOptional(process).ifPresent(p -> p.personalDataRetiredAt = clock.instant());
    }

    /** For other features: ids of processes the public may see. */
    public List<UUID> publishedIds() {
        return repository.find("select p.id from Process p where p.publicationState = ?1", PublicationState.PUBLISHED)
                .project(UUID.class).list();
    }

    /** For reminders: the processes the public may see with a phase that starts in these days. */
    public List<ProcessResponse> publicWithPhaseStartingBetween(LocalDate from, LocalDate to) {
        return repository.find("select distinct p from Process p join p.phases ph where p.publicationState = ?1 "
                + "and ph.startsOn between ?2 and ?3", PublicationState.PUBLISHED, from, to).list().stream()
                .map(ProcessResponse::of).toList();
    }

    /** For other features: ids of all phases with this slug, across processes. */
    public List<UUID> phaseIdsWithSlug(String phaseSlug) {
        return repository.find("select ph.id from Phase ph where ph.slug = ?1", phaseSlug).project(UUID.class).list();
    }

    private Process visible(String slug, boolean includeDrafts) {
        return repository.findBySlug(slug)
                .filter(process -> includeDrafts || process.publicationState == PublicationState.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound(slug));
    }

    private Process existing(String slug) {
        return visible(slug, true);
    }

    private void apply(ProcessRequest request, Process process) {
        process.title = request.title();
        process.summary = request.summary();
        process.description = request.description() == null ? "" : request.description();
        if (request.status() == ProcessStatus.COMPLETED && process.status != ProcessStatus.COMPLETED) {
            process.completedAt = clock.instant();
        } else if (request.status() != ProcessStatus.COMPLETED) {
            process.completedAt = null;
        }
        process.status = request.status();
        replacePhases(process, request.phases() == null ? List.of() : request.phases());
    }

    private void replacePhases(Process process, List<PhaseRequest> requested) {
        OrderedChildren.replace(process.phases, phase -> phase.slug, requested, PhaseRequest::slug,
                PhaseRequest::title, "phases", Phase::new, (phase, request, slug, position, path, violations) -> {
                    if (request.startsOn() != null && request.endsOn() != null
                            && request.endsOn().isBefore(request.startsOn())) {
                        violations.add(new Violation(path + ".endsOn", GeneralCode.END_BEFORE_START));
                    }
                    phase.process = process;
                    phase.slug = slug;
                    phase.title = request.title();
                    phase.startsOn = request.startsOn();
                    phase.endsOn = request.endsOn();
                    phase.position = position;
                });
    }

}
