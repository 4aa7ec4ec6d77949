package org.mitwirken.district;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mitwirken.common.geo.Areas;
import org.mitwirken.common.geo.GeoJson;
import org.mitwirken.common.geo.Point;
import java.util.UUID;
import org.mitwirken.common.Versions;
import org.mitwirken.common.geo.GeoJson;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.problem.ProblemException;

@ApplicationScoped
public class DistrictService {
    private static final Sort ORDER = Sort.by("name").and("id");

    @Inject
    DistrictRepository repository;

    public PageResponse<DistrictResponse> list(PageRequest paging) {
        var query = repository.findAll(ORDER);
        List<DistrictResponse> items = query.page(Page.of(paging.page(), paging.size())).list().stream()
                .map(DistrictResponse::of).toList();
        return new PageResponse<>(items, paging.page(), paging.size(), query.count());
    }

    public DistrictResponse get(String slug) {
        return DistrictResponse.of(existing(slug));
    }

    @Transactional
    public DistrictResponse create(DistrictRequest request) {
        District district = new District();
        district.slug = repository.slugForNew(request.slug(), request.name());
        apply(request, district);
        repository.persist(district);
        repository.flush();
        return DistrictResponse.of(district);
    }

    @Transactional
    public DistrictResponse update(String slug, DistrictRequest request) {
        District district = existing(slug);
        Versions.requireCurrent(request.version(), district.version);
        district.slug = repository.slugForUpdate(district.slug, request.slug());
        apply(request, district);
        repository.flush();
        return DistrictResponse.of(district);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(existing(slug));
        repository.flush();
    }

    /** For other features: the district with this slug. */
    public Optional<DistrictRef> findRef(String slug) {
        return repository.findBySlug(slug).map(DistrictRef::of);
    }

    /**
     * For other features: the district whose boundary contains the point, if boundaries say so; where drawn
     * boundaries overlap, the most specific (smallest) one.
     */
    public Optional<DistrictRef> containing(Point point) {
        return repository.list("boundary is not null", ORDER).stream()
                .map(district -> Map.entry(district, GeoJson.parse(district.boundary)))
                .filter(entry -> Areas.contains(entry.getValue(), point))
                .min(Comparator.comparingDouble(entry -> Areas.boxSize(entry.getValue())))
                .map(entry -> DistrictRef.of(entry.getKey()));
    }

    /** For other features: a point standing for the district (middle of its boundary), if it has one. */
    public Optional<Point> center(String slug) {
        return repository.findBySlug(slug).filter(district -> district.boundary != null)
                .map(district -> Areas.center(GeoJson.parse(district.boundary)));
    }

    /** For other features: the districts with these ids, by name. */
    public List<DistrictRef> refsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.list("id in ?1", ORDER, new HashSet<>(ids)).stream().map(DistrictRef::of).toList();
    }

    private District existing(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
    }

    private void apply(DistrictRequest request, District district) {
        district.name = request.name();
        district.boundary = GeoJson.validated(request.boundary(), "boundary", GeoJson.AREAS);
    }
}
