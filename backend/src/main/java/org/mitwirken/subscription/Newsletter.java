package org.mitwirken.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A staff announcement as it was sent to the followers of a process; written once, never changed. */
@Entity
@Table(name = "newsletter")
public class Newsletter {
    @Id
    public UUID id;

    @Column(name = "process_id", nullable = false)
    public UUID processId;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Column(name = "sent_by_subject")
    public String sentBySubject;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "recipient_count", nullable = false)
    public int recipientCount;
}
