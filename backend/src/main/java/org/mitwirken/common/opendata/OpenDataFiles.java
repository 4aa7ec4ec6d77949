package org.mitwirken.common.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mitwirken.common.export.Csv;

/** One dataset in three shapes: CSV (lists joined by "; "), JSON (an array of objects) and GeoJSON. */
final class OpenDataFiles {
    private OpenDataFiles() {
    }

    static String csv(Dataset dataset, List<Map<String, Object>> rows) {
        List<String> header = dataset.fields().stream().map(Dataset.Field::name).toList();
        List<List<String>> cells = rows.stream().map(row -> header.stream().map(name -> text(row.get(name)))
                .toList()).toList();
        return Csv.write(header, cells);
    }

    static List<Map<String, Object>> json(Dataset dataset, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> properties(dataset, row)).toList();
    }

    static Map<String, Object> geoJson(Dataset dataset, List<Map<String, Object>> rows) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", row.get(OpenDataSource.GEOMETRY));
            feature.put("properties", properties(dataset, row));
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> properties(Dataset dataset, Map<String, Object> row) {
        Map<String, Object> properties = new LinkedHashMap<>();
        dataset.fields().forEach(field -> properties.put(field.name(), row.get(field.name())));
        return properties;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
