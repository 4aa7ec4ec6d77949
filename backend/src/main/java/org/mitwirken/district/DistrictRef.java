package org.mitwirken.district;

import java.util.UUID;

/** What other features may know of a district. */
public record DistrictRef(UUID id, String slug, String name) {

    static DistrictRef of(District district) {
        return new DistrictRef(district.id, district.slug, district.name);
    }
}
