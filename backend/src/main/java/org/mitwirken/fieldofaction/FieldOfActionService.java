package org.mitwirken.fieldofaction;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mitwirken.common.OrderedChildren;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.Versions;
import org.mitwirken.common.geo.GeoJson;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.problem.ProblemException;

@ApplicationScoped
public class FieldOfActionService {
    private static final Sort ORDER = Sort.by("position").and("title").and("id");

    @Inject
    FieldOfActionRepository repository;

    public PageResponse<FieldOfActionResponse> list(PageRequest paging, boolean includeDrafts) {
        var query = includeDrafts ? repository.findAll(ORDER)
                : repository.find("publicationState", ORDER, PublicationState.PUBLISHED);
        List<FieldOfActionResponse> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(FieldOfActionResponse::of).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), query.count());
    }

    public FieldOfActionResponse get(String slug, boolean includeDrafts) {
        return FieldOfActionResponse.of(visible(slug, includeDrafts)
                .orElseThrow(() -> ProblemException.notFound(slug)));
    }

    @Transactional
    public FieldOfActionResponse create(FieldOfActionRequest request) {
        FieldOfAction field = new FieldOfAction();
        field.slug = repository.slugForNew(request.slug(), request.title());
        apply(request, field);
        repository.persist(field);
        repository.flush();
        return FieldOfActionResponse.of(field);
    }

    @Transactional
    public FieldOfActionResponse update(String slug, FieldOfActionRequest request) {
        FieldOfAction field = existing(slug);
        Versions.requireCurrent(request.version(), field.version);
        field.slug = repository.slugForUpdate(field.slug, request.slug());
        apply(request, field);
        repository.flush();
        return FieldOfActionResponse.of(field);
    }

    @Transactional
    public FieldOfActionResponse setPublicationState(String slug, PublicationState state) {
        FieldOfAction field = existing(slug);
        field.publicationState = state;
        repository.flush();
        return FieldOfActionResponse.of(field);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(existing(slug));
        repository.flush();
    }

    /** For other features: the field of action with this slug, if the viewer may see it. */
    public Optional<FieldOfActionRef> findRef(String slug, boolean includeDrafts) {
        return visible(slug, includeDrafts).map(FieldOfActionRef::of);
    }

    /** For other features: the fields of action with these ids the viewer may see, in their public order. */
    public List<FieldOfActionRef> refsByIds(Collection<UUID> ids, boolean includeDrafts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.list("id in ?1", ORDER, new HashSet<>(ids)).stream()
                .filter(field -> includeDrafts || field.publicationState == PublicationState.PUBLISHED)
                .map(FieldOfActionRef::of).toList();
    }

    /** For other features: titles of published goals by id, in the order of their fields and positions. */
    public Map<UUID, String> publishedGoalTitles(Collection<UUID> ids) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            repository.getEntityManager().createQuery("select g from Goal g where g.id in :ids "
                    + "and g.fieldOfAction.publicationState = :published "
                    + "order by g.fieldOfAction.position, g.position", Goal.class)
                    .setParameter("ids", new HashSet<>(ids)).setParameter("published", PublicationState.PUBLISHED)
                    .getResultList().forEach(goal -> titles.put(goal.id, goal.title));
        }
        return titles;
    }

    private Optional<FieldOfAction> visible(String slug, boolean includeDrafts) {
        return repository.findBySlug(slug)
                .filter(field -> includeDrafts || field.publicationState == PublicationState.PUBLISHED);
    }

    private FieldOfAction existing(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
    }

    private void apply(FieldOfActionRequest request, FieldOfAction field) {
        field.title = request.title();
        field.summary = request.summary();
        field.description = request.description() == null ? "" : request.description();
        field.position = request.position() == null ? 0 : request.position();
        field.strategyMap = GeoJson.validated(request.strategyMap(), "strategyMap", GeoJson.ANY);
        OrderedChildren.replace(field.goals, goal -> goal.slug, request.goals() == null ? List.of() : request.goals(),
                GoalRequest::slug, GoalRequest::title, "goals", Goal::new,
                (goal, goalRequest, goalSlug, position, path, violations) -> {
                    goal.fieldOfAction = field;
                    goal.slug = goalSlug;
                    goal.title = goalRequest.title();
                    goal.description = goalRequest.description() == null ? "" : goalRequest.description();
                    goal.position = position;
                });
    }
}
