package org.mitwirken.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.mitwirken.common.synthesis.InputKind;

/** An input shaped a field of action, or one of its goals. */
@Entity
@Table(name = "input_link")
public class InputLink {
    @Id
    public UUID id = UUID.randomUUID();

    @Enumerated(EnumType.STRING)
    @Column(name = "input_kind", nullable = false)
    public InputKind inputKind;

    @Column(name = "input_ref", nullable = false)
    public String inputRef;

    @Column(name = "field_of_action_id", nullable = false)
    public UUID fieldOfActionId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "linked_by", nullable = false)
    public String linkedBy;

    @Column(name = "linked_by_subject")
    public String linkedBySubject;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;
}
