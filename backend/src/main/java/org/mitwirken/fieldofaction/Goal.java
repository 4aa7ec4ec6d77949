package org.mitwirken.fieldofaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An Entwicklungsziel of a field of action. */
@Entity
@Table(name = "goal")
public class Goal {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_of_action_id")
    public FieldOfAction fieldOfAction;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int position;
}
