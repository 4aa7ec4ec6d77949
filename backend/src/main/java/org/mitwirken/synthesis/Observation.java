package org.mitwirken.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mitwirken.common.persistence.VersionedEntity;

/** What staff noted at an offline format, so it joins the same pool as online input. */
@Entity
@Table(name = "observation")
public class Observation extends VersionedEntity {
    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObservationKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    public Double longitude;

    public Double latitude;

    @Column(name = "district_id")
    public UUID districtId;

    @Column(name = "dot_count")
    public Integer dotCount;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_subject")
    public String recordedBySubject;
}
