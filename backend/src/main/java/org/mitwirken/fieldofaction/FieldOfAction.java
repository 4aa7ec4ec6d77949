package org.mitwirken.fieldofaction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.persistence.VersionedEntity;

/** A Handlungsfeld: a theme of urban development with its goals (Entwicklungsziele) and strategy map. */
@Entity
@Table(name = "field_of_action")
public class FieldOfAction extends VersionedEntity {
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;

    /** GeoJSON, validated on write. */
    @Column(name = "strategy_map")
    public String strategyMap;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_state", nullable = false)
    public PublicationState publicationState = PublicationState.DRAFT;

    @OneToMany(mappedBy = "fieldOfAction", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Goal> goals = new ArrayList<>();
}
