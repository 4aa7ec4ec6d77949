package org.mitwirken.district;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.common.paging.Pages;

@ApplicationScoped
public class DistrictOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("districts", "Ortsbezirke",
            "The districts formats and map contributions refer to; as GeoJSON with their boundaries where known.",
            List.of(field("slug", "Identifier, also in the web address /ortsbezirke/{slug}"),
                    field("name", "Name"),
                    field("has_boundary", "true when a boundary is known (the GeoJSON geometry; otherwise null)")),
            true);

    @Inject
    DistrictService districts;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        return Pages.all(districts::list).stream().map(district -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", district.slug());
            row.put("name", district.name());
            row.put("has_boundary", district.boundary() != null);
            row.put(GEOMETRY, district.boundary());
            return row;
        }).toList();
    }
}
