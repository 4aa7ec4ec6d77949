package org.mitwirken.process;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.persistence.VersionedEntity;

@Entity
@Table(name = "process")
public class Process extends VersionedEntity {
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProcessStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_state", nullable = false)
    public PublicationState publicationState = PublicationState.DRAFT;

    @OneToMany(mappedBy = "process", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Phase> phases = new ArrayList<>();

    /** When the status last became COMPLETED; retention counts from here. */
    @Column(name = "completed_at")
    public Instant completedAt;

    /** When the personal data of this process's participation was anonymised, once. */
    @Column(name = "personal_data_retired_at")
    public Instant personalDataRetiredAt;
}
