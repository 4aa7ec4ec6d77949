package org.mitwirken.district;

import jakarta.enterprise.inject.spi.CDI;
import org.mitwirken.support.TestData;

/** Builds districts for tests through the service, the way an admin would. */
public final class DistrictBuilder {
    private final String slug = TestData.uniqueSlug("district");
    private String name = "Dansenberg";

    private DistrictBuilder() {
    }

    public static DistrictBuilder aDistrict() {
        return new DistrictBuilder();
    }

    public DistrictBuilder named(String name) {
        this.name = name;
        return this;
    }

    public DistrictResponse create() {
        return CDI.current().select(DistrictService.class).get().create(new DistrictRequest(slug, name, null, null));
    }
}
