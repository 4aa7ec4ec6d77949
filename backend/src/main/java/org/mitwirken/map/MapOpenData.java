package org.mitwirken.map;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;

/** Moderated map contributions without author names. */
@ApplicationScoped
public class MapOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("map-contributions", "Kartenbeiträge",
            "Published (moderated) contributions of the map portal, without author names.", List.of(
                    field("id", "Identifier"),
                    field("format", "Slug of the format whose map portal it belongs to"),
                    field("category", "FAVOURITE_PLACE, NEEDS_IMPROVEMENT or IDEA"),
                    field("title", "Title"),
                    field("text", "Text"),
                    field("location_source", "MAP (point on the map), PLACE (named place) or DISTRICT"),
                    field("place_name", "Named place, when chosen from the list"),
                    field("district", "Slug of the district the point lies in or that was chosen"),
                    field("longitude", "WGS 84 longitude in degrees"),
                    field("latitude", "WGS 84 latitude in degrees"),
                    field("support_count", "How many accounts support it"),
                    field("created_on", "Day it was contributed, YYYY-MM-DD")), true);

    @Inject
    MapContributionService contributions;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        return contributions.published(new MapQuery()).stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id().toString());
            row.put("format", c.format());
            row.put("category", c.category().name());
            row.put("title", c.title());
            row.put("text", c.text());
            row.put("location_source", c.locationSource().name());
            row.put("place_name", c.placeName());
            row.put("district", c.district() == null ? null : c.district().slug());
            row.put("longitude", c.location() == null ? null : c.location().lon());
            row.put("latitude", c.location() == null ? null : c.location().lat());
            row.put("support_count", c.supportCount());
            row.put("created_on", c.createdOn().toString());
            row.put(GEOMETRY, c.location() == null ? null
                    : Map.of("type", "Point", "coordinates", List.of(c.location().lon(), c.location().lat())));
            return row;
        }).toList();
    }
}
