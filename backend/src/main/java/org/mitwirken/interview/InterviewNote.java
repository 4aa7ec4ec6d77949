package org.mitwirken.interview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.persistence.VersionedEntity;

/** A Gesprächsvermerk: the published record of one stakeholder interview. */
@Entity
@Table(name = "interview_note")
public class InterviewNote extends VersionedEntity {
    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String stakeholder;

    @Column(name = "interview_date", nullable = false)
    public LocalDate interviewDate;

    @Column(nullable = false)
    public String summary;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "interview_note_topic", joinColumns = @JoinColumn(name = "note_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic_area")
    public Set<TopicArea> topicAreas = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "interview_note_participant", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "interview_note_finding", joinColumns = @JoinColumn(name = "note_id"))
    @OrderColumn(name = "position")
    public List<Finding> findings = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "interview_note_field_of_action", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "field_of_action_id")
    public Set<UUID> fieldOfActionIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_state", nullable = false)
    public PublicationState publicationState = PublicationState.DRAFT;
}
