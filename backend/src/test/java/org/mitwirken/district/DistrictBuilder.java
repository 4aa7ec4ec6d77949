package org.mitwirken.district;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.inject.spi.CDI;
import org.mitwirken.common.geo.GeoJson;
import org.mitwirken.support.TestData;

/** Builds districts for tests through the service, the way an admin would. */
public final class DistrictBuilder {
    private final String slug = TestData.uniqueSlug("district");
    private String name = "Dansenberg";
    private JsonNode boundary;

    private DistrictBuilder() {
    }

    public static DistrictBuilder aDistrict() {
        return new DistrictBuilder();
    }

    public DistrictBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** A square boundary of {@code half} degrees around a point. */
    public DistrictBuilder around(double lon, double lat, double half) {
        this.boundary = GeoJson.rectangle(lon, lat, half, half);
        return this;
    }

    public DistrictResponse create() {
        return CDI.current().select(DistrictService.class).get()
                .create(new DistrictRequest(slug, name, boundary, null));
    }
}
