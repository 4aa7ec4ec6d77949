package org.mitwirken.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who changed which fields of a note, and when; kept for admins. */
@Entity
@Table(name = "interview_note_revision")
public class InterviewNoteRevision {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(nullable = false)
    public long version;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_by_subject")
    public String changedBySubject;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Comma-separated names of the fields that changed, or "created" / "published" / "unpublished". */
    @Column(nullable = false)
    public String changes;
}
