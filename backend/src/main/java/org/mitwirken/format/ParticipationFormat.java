package org.mitwirken.format;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.persistence.VersionedEntity;

/** A participation format; refers to its process and phase by id so the features stay apart. */
@Entity
@Table(name = "participation_format")
public class ParticipationFormat extends VersionedEntity {
    @Column(name = "process_id", nullable = false)
    public UUID processId;

    @Column(name = "phase_id")
    public UUID phaseId;

    @Column(nullable = false, unique = true)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FormatKind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    public String venue;

    @Column(nullable = false)
    public boolean online;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_state", nullable = false)
    public PublicationState publicationState = PublicationState.DRAFT;

    @Embedded
    public ParticipationSettings participation = new ParticipationSettings();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "format_district", joinColumns = @JoinColumn(name = "format_id"))
    @Column(name = "district_id")
    public Set<UUID> districtIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "format_field_of_action", joinColumns = @JoinColumn(name = "format_id"))
    @Column(name = "field_of_action_id")
    public Set<UUID> fieldOfActionIds = new HashSet<>();
}
