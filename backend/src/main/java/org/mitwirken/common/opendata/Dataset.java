package org.mitwirken.common.opendata;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenDataset", requiredProperties = { "name", "title", "description", "fields", "spatial" })
public record Dataset(@Schema(description = "Used in the download addresses") String name, String title,
        String description, List<Field> fields,
        @Schema(description = "Also offered as GeoJSON") boolean spatial) {

    @Schema(name = "OpenDataField", requiredProperties = { "name", "description" })
    public record Field(String name, String description) {
    }

    public static Field field(String name, String description) {
        return new Field(name, description);
    }
}
