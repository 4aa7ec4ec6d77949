package org.mitwirken.common.opendata;

import java.util.Map;

/**
 * A feature's open dataset: what it publishes, field by field, and its rows. Rows hold only published, moderated
 * content and no personal data. Spatial datasets add a GeoJSON geometry under {@link #GEOMETRY} to each row.
 */
public interface OpenDataSource {
    String GEOMETRY = "geometry";

    Dataset dataset();

    /**
     * Each row maps the dataset's field names to strings, numbers, booleans, lists of strings or null. A large
     * dataset reads its rows while they are iterated.
     */
    Iterable<Map<String, Object>> rows();
}
