package org.mitwirken.survey;

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
import java.util.UUID;
import org.mitwirken.common.persistence.VersionedEntity;
import org.mitwirken.integrity.IntegrityMode;

/** An online questionnaire on a format, with ordered questions and an answering window. */
@Entity
@Table(name = "survey")
public class Survey extends VersionedEntity {
    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "integrity_mode", nullable = false)
    public IntegrityMode integrityMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_visibility", nullable = false)
    public ResultsVisibility resultsVisibility = ResultsVisibility.LIVE;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SurveyQuestion> questions = new ArrayList<>();

    boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** Whether visitors may see the results now. */
    boolean resultsPublic(Instant now) {
        return resultsVisibility == ResultsVisibility.LIVE || !now.isBefore(closesAt);
    }
}
