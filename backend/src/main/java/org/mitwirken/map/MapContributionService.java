package org.mitwirken.map;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mitwirken.common.Actor;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Tokens;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.paging.PageResponse;
import org.mitwirken.common.participation.Authorship;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.participation.ParticipationPolicy;
import org.mitwirken.common.participation.PostedWhere;
import org.mitwirken.common.persistence.IdChunks;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.participation.ParticipationCode;

/** Map contributions: placed by map, named place or district; moderated, supported and commented like comments. */
@ApplicationScoped
public class MapContributionService {
    static final int GEOJSON_LIMIT = 5000;
    private static final Sort ORDER = Sort.by("createdAt").descending().and("id");

    @Inject
    MapContributionRepository repository;

    @Inject
    MapReactions reactions;

    @Inject
    MapPlaces places;

    @Inject
    FormatService formats;

    @Inject
    DistrictService districts;

    @Inject
    CityBounds city;

    @Inject
    Event<ContributionNews> news;

    public PageResponse<MapContributionView> list(MapQuery filter, PageRequest paging, String account) {
        var query = query(filter, account);
        List<MapContribution> page = query.page(Page.of(paging.page(), paging.size())).list();
        return new PageResponse<>(views(page, account, false), paging.page(), paging.size(), query.count());
    }

    /** Published contributions for GeoJSON and open data, newest first, at most {@link #GEOJSON_LIMIT}. */
    public List<MapContributionView> published(MapQuery filter) {
        return views(query(filter, null).range(0, GEOJSON_LIMIT - 1).list(), null, false);
    }

    /** Those of {@link #published} with these ids, whatever the GeoJSON limit. */
    public List<MapContributionView> published(Collection<UUID> ids) {
        List<UUID> visible = formats.publicRefs().stream().map(FormatRef::id).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        List<MapContribution> found = new ArrayList<>();
        for (List<UUID> chunk : IdChunks.of(ids)) {
            found.addAll(repository.find("id in :ids and state = :published and formatId in :formats", ORDER,
                    Parameters.with("ids", chunk).and("published", ModerationState.PUBLISHED)
                            .and("formats", visible)).list());
        }
        return views(found, null, false);
    }

    public MapContributionView get(UUID id, String account) {
        MapContribution contribution = repository.findByIdOptional(id)
                .filter(c -> c.state == ModerationState.PUBLISHED || (account != null
                        && account.equals(c.authorSubject)))
                .filter(c -> formats.findRef(c.formatId).map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> notFound(id));
        return views(List.of(contribution), account, false).get(0);
    }

    @Transactional
    public MapContributionCreated create(MapContributionRequest request, Actor author) {
        String account = author == null ? null : author.subject();
        FormatRef format = formats.findRef(request.format(), false).orElseThrow(() -> ValidationProblem.of("format",
                GeneralCode.UNKNOWN, Map.of("value", request.format())));
        ParticipationPolicy policy = formats.publicParticipation(format.id()).orElseThrow();
        if (account == null && !policy.anonymousAllowed()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, ParticipationCode.LOGIN_TO_CONTRIBUTE);
        }
        if (account == null && request.pseudonym() == null) {
            throw ValidationProblem.of("pseudonym", ParticipationCode.PSEUDONYM_REQUIRED);
        }
        if (account != null && request.pseudonym() != null) {
            throw ValidationProblem.of("pseudonym", ParticipationCode.PSEUDONYM_WITH_LOGIN);
        }
        MapContribution contribution = new MapContribution();
        contribution.formatId = format.id();
        contribution.category = request.category();
        contribution.title = request.title();
        contribution.text = request.text();
        place(contribution, request);
        contribution.authorSubject = account;
        contribution.authorName = author != null ? author.name() : request.pseudonym().strip();
        contribution.anonymous = account == null;
        contribution.state = policy.preModeration() ? ModerationState.PENDING : ModerationState.PUBLISHED;
        String token = null;
        if (account == null) {
            token = Tokens.newSecret();
            contribution.deletionTokenHash = Hashes.sha256Hex(token);
        }
        repository.persist(contribution);
        repository.flush();
        return new MapContributionCreated(views(List.of(contribution), account, false).get(0), token);
    }

    @Transactional
    public void withdraw(UUID id, String account, String deletionToken) {
        MapContribution contribution = repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        Authorship.requireAuthor(account, contribution.authorSubject, deletionToken, contribution.deletionTokenHash);
        repository.delete(contribution);
    }

    @Transactional
    public void support(UUID id, String account, boolean support) {
        MapContribution contribution = repository.findByIdOptional(id)
                .filter(c -> c.state == ModerationState.PUBLISHED).orElseThrow(() -> notFound(id));
        if (support) {
            reactions.support(contribution.id, account);
        } else {
            reactions.withdrawSupport(contribution.id, account);
        }
    }

    @Transactional
    public void report(UUID id, String reason) {
        MapContribution contribution = repository.findByIdOptional(id)
                .filter(c -> c.state == ModerationState.PUBLISHED).orElseThrow(() -> notFound(id));
        reactions.report(contribution.id, reason);
    }

    /** Pending and reported contributions, oldest first, with the reasons of open reports. */
    public List<MapModerationItem> queue() {
        List<UUID> reported = reactions.withOpenReports();
        List<MapContribution> items = reported.isEmpty()
                ? repository.list("state", Sort.by("createdAt").and("id"), ModerationState.PENDING)
                : repository.list("state = ?1 or id in ?2", Sort.by("createdAt").and("id"), ModerationState.PENDING,
                        reported);
        Map<UUID, List<String>> reports = reactions.openReports(items.stream().map(c -> c.id).toList());
        List<MapContributionView> views = views(items, null, true);
        Map<UUID, FormatRef> formatsById = formats.refsByIds(items.stream().map(c -> c.formatId)
                .collect(Collectors.toSet()));
        List<MapModerationItem> queue = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MapContribution item = items.get(i);
            FormatRef format = formatsById.get(item.formatId);
            PostedWhere portal = PostedWhere.page(PostedWhere.Kind.MAP_PORTAL, format.title(),
                    entryPath(format, item.id), format.publiclyVisible()).at("contribution-" + item.id);
            queue.add(new MapModerationItem(views.get(i), reports.getOrDefault(item.id, List.of()), portal));
        }
        return queue;
    }

    /** For comments on contributions: where each is seen; hidden or pending ones are named for staff as well. */
    public Map<UUID, PostedWhere> postedWhere(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<MapContribution> found = repository.list("id in ?1", ids);
        Map<UUID, FormatRef> formatsById = formats.refsByIds(found.stream().map(c -> c.formatId)
                .collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(c -> c.id, c -> {
            FormatRef format = formatsById.get(c.formatId);
            return PostedWhere.page(PostedWhere.Kind.MAP_CONTRIBUTION, c.title, entryPath(format, c.id),
                    c.state == ModerationState.PUBLISHED && format.publiclyVisible());
        }));
    }

    /** The map portal showing this one contribution, as the web app opens it. */
    private static String entryPath(FormatRef format, UUID contribution) {
        return format.webPath() + "/karte?beitrag=" + contribution;
    }

    @Transactional
    public MapContributionView decide(UUID id, DecisionRequest request) {
        MapContribution contribution = repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
        ModerationState before = contribution.state;
        contribution.moderationReason = request.checkedReason();
        contribution.state = request.decision().resultingState();
        reactions.resolveReports(id);
        repository.flush();
        if (before != contribution.state && contribution.authorSubject != null) {
            FormatRef format = formats.findRef(contribution.formatId).orElseThrow();
            news.fire(new ContributionNews(contribution.authorSubject, ContributionNews.Kind.of(request.decision()),
                    format.title(), entryPath(format, id) + "#contribution-" + id, contribution.moderationReason));
        }
        return views(List.of(contribution), null, true).get(0);
    }

    /** The account that wrote the contribution, while it is public; anonymous ones have none. */
    public Optional<String> authorOf(UUID id) {
        return repository.findByIdOptional(id).filter(c -> c.state == ModerationState.PUBLISHED)
                .map(c -> c.authorSubject);
    }

    /** For comments on contributions: the policy of a published contribution's format. */
    public Optional<ParticipationPolicy> publicPolicy(UUID id) {
        return repository.findByIdOptional(id).filter(c -> c.state == ModerationState.PUBLISHED)
                .flatMap(c -> formats.publicParticipation(c.formatId));
    }

    private void place(MapContribution contribution, MapContributionRequest request) {
        long given = java.util.stream.Stream.of(request.location(), request.place(), request.district())
                .filter(Objects::nonNull).count();
        if (given != 1) {
            throw ValidationProblem.of("location", MapCode.ONE_PLACE_NEEDED);
        }
        if (request.location() != null) {
            if (!city.contains(request.location())) {
                throw new ValidationProblem(List.of(city.outside("location")));
            }
            contribution.locationSource = LocationSource.MAP;
            at(contribution, request.location());
            contribution.districtId = districts.containing(request.location()).map(DistrictRef::id).orElse(null);
        } else if (request.place() != null) {
            MapPlaces.Place place = places.byName(request.place()).orElseThrow(() -> ValidationProblem.of("place",
                    GeneralCode.UNKNOWN, Map.of("value", request.place())));
            contribution.locationSource = LocationSource.PLACE;
            contribution.placeName = place.name();
            at(contribution, place.location());
            contribution.districtId = districts.containing(place.location()).map(DistrictRef::id).orElse(null);
        } else {
            DistrictRef district = districts.findRef(request.district()).orElseThrow(() -> ValidationProblem.of(
                    "district", GeneralCode.UNKNOWN, Map.of("value", request.district())));
            contribution.locationSource = LocationSource.DISTRICT;
            contribution.districtId = district.id();
            districts.center(district.slug()).ifPresent(center -> at(contribution, center));
        }
    }

    private static void at(MapContribution contribution, Point point) {
        contribution.longitude = point.lon();
        contribution.latitude = point.lat();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<MapContribution> query(MapQuery filter, String account) {
        StringBuilder where = new StringBuilder("formatId in :formats and (state = :published or "
                + "(authorSubject is not null and authorSubject = :account))");
        List<FormatRef> visible = formats.publicRefs();
        Parameters parameters = Parameters.with("published", ModerationState.PUBLISHED)
                .and("account", Objects.requireNonNullElse(account, ""));
        List<UUID> formatIds = visible.stream().map(FormatRef::id).toList();
        if (filter.format != null) {
            formatIds = visible.stream().filter(f -> f.slug().equals(filter.format)).map(FormatRef::id).toList();
        }
        parameters.and("formats", formatIds.isEmpty() ? List.of(new UUID(0, 0)) : formatIds);
        if (filter.category != null) {
            where.append(" and category = :category");
            parameters.and("category", MapCategory.valueOf(filter.category));
        }
        if (filter.district != null) {
            where.append(" and districtId = :district");
            parameters.and("district", districts.findRef(filter.district).map(DistrictRef::id)
                    .orElse(new UUID(0, 0)));
        }
        if (filter.bbox != null) {
            double[] box = filter.box();
            where.append(" and longitude between :west and :east and latitude between :south and :north");
            parameters.and("west", box[0]).and("south", box[1]).and("east", box[2]).and("north", box[3]);
        }
        return repository.find(where.toString(), ORDER, parameters);
    }

    private List<MapContributionView> views(List<MapContribution> contributions, String account, boolean moderator) {
        List<UUID> ids = contributions.stream().map(c -> c.id).toList();
        Map<UUID, Long> supports = reactions.supportCounts(ids);
        Set<UUID> mine = reactions.supportedBy(ids, account);
        Map<UUID, DistrictRef> districtsById = districts.refsByIds(contributions.stream().map(c -> c.districtId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(DistrictRef::id, Function.identity()));
        Map<UUID, String> formatSlugs = contributions.stream().map(c -> c.formatId).distinct()
                .collect(Collectors.toMap(Function.identity(),
                        formatId -> formats.findRef(formatId).map(FormatRef::slug).orElse("")));
        return contributions.stream().map(c -> {
            boolean own = account != null && account.equals(c.authorSubject);
            DistrictRef district = c.districtId == null ? null : districtsById.get(c.districtId);
            return new MapContributionView(c.id, formatSlugs.get(c.formatId), c.category, c.title, c.text,
                    c.point(), c.locationSource, c.placeName,
                    district == null ? null : new MapContributionView.District(district.slug(), district.name()),
                    c.authorName, c.anonymous, c.state, moderator || own ? c.moderationReason : null,
                    supports.getOrDefault(c.id, 0L), mine.contains(c.id), own, CityTime.dayOf(c.createdAt),
                    moderator ? c.createdAt : null);
        }).toList();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound(id.toString());
    }

    /** For retention: the contributions on these formats, whatever their state. */
    public Set<UUID> idsInFormats(Set<UUID> formats) {
        return formats.isEmpty() ? Set.of() : Set.copyOf(repository.find("select c.id from MapContribution c "
                + "where c.formatId in ?1", formats).project(UUID.class).list());
    }
}
