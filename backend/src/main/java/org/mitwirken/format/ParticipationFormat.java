package org.mitwirken.format;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
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
}
