package org.mitwirken.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.paging.PageRequest;
import org.mitwirken.common.participation.OpportunitySource;
import org.mitwirken.common.participation.OpportunitySource.OpenOpportunity;
import org.mitwirken.district.DistrictService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.format.Reference;

/** "Jetzt mitmachen": what is open now anywhere in the city, soonest closing first. */
@ApplicationScoped
public class OpportunityService {
    private static final Comparator<OpportunityResponse> SOONEST_CLOSING_FIRST = Comparator
            .comparing(OpportunityResponse::closesAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpportunityResponse::title).thenComparing(OpportunityResponse::id);

    @Inject
    Instance<OpportunitySource> sources;

    @Inject
    FormatService formats;

    @Inject
    Clock clock;

    @Inject
    DistrictService districts;

    @Inject
    ObjectMapper json;

    public OpportunityPage list(OpportunityQuery filter, PageRequest paging) {
        List<OpportunityResponse> open = matching(filter);
        int from = (int) Math.min((long) paging.page() * paging.size(), open.size());
        int to = Math.min(from + paging.size(), open.size());
        return new OpportunityPage(open.subList(from, to), paging.page(), paging.size(), open.size());
    }

    /** All that match, as a GeoJSON FeatureCollection whose geometries are the areas of their Ortsbezirke. */
    public JsonNode geoJson(OpportunityQuery filter) {
        Map<String, JsonNode> boundaries = new HashMap<>();
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (OpportunityResponse opportunity : matching(filter)) {
            ObjectNode feature = features.addObject().put("type", "Feature")
                    .put("id", opportunity.kind() + ":" + opportunity.id());
            feature.set("geometry", area(opportunity.districts(), boundaries));
            feature.set("properties", json.valueToTree(opportunity));
        }
        return collection;
    }

    private List<OpportunityResponse> matching(OpportunityQuery filter) {
        return openAt(clock.instant()).stream().filter(filter::matches).sorted(SOONEST_CLOSING_FIRST).toList();
    }

    /** One district's boundary as it is; several as one MultiPolygon; none (or one without a boundary): null. */
    private JsonNode area(List<Reference> districts, Map<String, JsonNode> boundaries) {
        List<JsonNode> shapes = new ArrayList<>();
        for (Reference district : districts) {
            JsonNode boundary = boundaries.computeIfAbsent(district.slug(),
                    slug -> this.districts.get(slug).boundary());
            if (boundary == null || boundary.isNull()) {
                return NullNode.getInstance();
            }
            shapes.add(boundary);
        }
        if (shapes.isEmpty()) {
            return NullNode.getInstance();
        }
        if (shapes.size() == 1) {
            return shapes.get(0);
        }
        ObjectNode multi = json.createObjectNode().put("type", "MultiPolygon");
        ArrayNode polygons = multi.putArray("coordinates");
        for (JsonNode shape : shapes) {
            if ("Polygon".equals(shape.path("type").asText())) {
                polygons.add(shape.get("coordinates"));
            } else {
                shape.get("coordinates").forEach(polygons::add);
            }
        }
        return multi;
    }

    /**
     * Everything open at this instant in formats the public can see; the formats are looked up at once. Also for
     * followers' reminders of what closes soon.
     */
    public List<OpportunityResponse> openAt(Instant now) {
        List<OpenOpportunity> open = sources.stream().flatMap(source -> source.openAt(now).stream()).toList();
        Map<UUID, FormatResponse> publicFormats = formats.publicResponses(open.stream()
                .map(OpenOpportunity::formatId).collect(Collectors.toSet()));
        return open.stream().filter(opportunity -> publicFormats.containsKey(opportunity.formatId()))
                .map(opportunity -> response(opportunity, publicFormats.get(opportunity.formatId()))).toList();
    }

    private static OpportunityResponse response(OpenOpportunity opportunity, FormatResponse format) {
        return new OpportunityResponse(opportunity.kind(), opportunity.id(), opportunity.title(),
                new Reference(format.slug(), format.title()), format.process(), format.districts(),
                opportunity.opensAt(), opportunity.closesAt(), opportunity.needs(), path(opportunity));
    }

    private static String path(OpenOpportunity opportunity) {
        return switch (opportunity.kind()) {
            case SURVEY -> "/api/v1/surveys/" + opportunity.id();
            case VOTING_ROUND -> "/api/v1/votings/" + opportunity.id();
            case COMMENTS -> "/api/v1/comments?targetType=FORMAT&targetId=" + opportunity.formatId();
            case MAP_PORTAL -> "/api/v1/map-contributions?format=" + opportunity.id();
        };
    }
}
