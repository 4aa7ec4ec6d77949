package org.mitwirken.map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.ModerationState;
import org.mitwirken.common.persistence.VersionedEntity;

/** A citizen's mark in the map portal: a favourite place, a place to improve or an idea, with a text. */
@Entity
@Table(name = "map_contribution")
public class MapContribution extends VersionedEntity {
    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MapCategory category;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    /** Null only when placed by a district that has no boundary. */
    public Double longitude;

    public Double latitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_source", nullable = false)
    public LocationSource locationSource;

    @Column(name = "place_name")
    public String placeName;

    @Column(name = "district_id")
    public UUID districtId;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    public boolean anonymous;

    @Column(name = "deletion_token_hash")
    public String deletionTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationState state;

    @Column(name = "moderation_reason")
    public String moderationReason;

    Point point() {
        return longitude == null ? null : new Point(longitude, latitude);
    }
}
