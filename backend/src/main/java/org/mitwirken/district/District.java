package org.mitwirken.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mitwirken.common.persistence.VersionedEntity;

/** An Ortsbezirk of the city; public reference data, so it has no draft state. */
@Entity
@Table(name = "district")
public class District extends VersionedEntity {
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    /** GeoJSON Polygon or MultiPolygon, validated on write. */
    public String boundary;
}
