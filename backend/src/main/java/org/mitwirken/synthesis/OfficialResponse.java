package org.mitwirken.synthesis;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.mitwirken.common.persistence.VersionedEntity;

/** The city's answer to inputs on a field of action or a goal: taken up, partly, not, or still under review. */
@Entity
@Table(name = "official_response")
public class OfficialResponse extends VersionedEntity {
    @Column(name = "field_of_action_id", nullable = false)
    public UUID fieldOfActionId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseStatus status;

    @Column(nullable = false)
    public String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_response_input", joinColumns = @JoinColumn(name = "response_id"))
    public Set<InputKey> inputs = new LinkedHashSet<>();
}
