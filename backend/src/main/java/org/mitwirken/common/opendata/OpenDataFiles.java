package org.mitwirken.common.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.mitwirken.common.export.Csv;

/**
 * One dataset in three shapes: CSV (lists joined by "; "), JSON (an array of objects) and GeoJSON. Each is written
 * row by row as the rows are read, so a dataset of any size passes through without being held in memory.
 */
final class OpenDataFiles {
    private OpenDataFiles() {
    }

    static StreamingOutput csv(Dataset dataset, Iterable<Map<String, Object>> rows) {
        List<String> header = dataset.fields().stream().map(Dataset.Field::name).toList();
        return output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Csv.write(writer, header, StreamSupport.stream(rows.spliterator(), false)
                    .map(row -> header.stream().map(name -> text(row.get(name))).toList())::iterator);
            writer.flush();
        };
    }

    static StreamingOutput json(ObjectMapper mapper, Dataset dataset, Iterable<Map<String, Object>> rows) {
        return output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartArray();
                for (Map<String, Object> row : rows) {
                    json.writeObject(properties(dataset, row));
                }
                json.writeEndArray();
            }
        };
    }

    static StreamingOutput geoJson(ObjectMapper mapper, Dataset dataset, Iterable<Map<String, Object>> rows) {
        return output -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(output)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
                for (Map<String, Object> row : rows) {
                    Map<String, Object> feature = new LinkedHashMap<>();
                    feature.put("type", "Feature");
                    feature.put("geometry", row.get(OpenDataSource.GEOMETRY));
                    feature.put("properties", properties(dataset, row));
                    json.writeObject(feature);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        };
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
