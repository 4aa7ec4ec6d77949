package org.mitwirken.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's seat or waiting place at a format; deleted when cancelled, erased, or some time after the event. */
@Entity
@Table(name = "registration")
public class Registration {
    @Id
    public UUID id = UUID.randomUUID();

    /** Given by the database in the order registrations came in: the waiting list moves up in this order. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "format_id", nullable = false)
    public UUID formatId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    /** Answers to the opening's questions, in their order; blank where none was given. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> answers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** The language of its mails: de or en. */
    @Column(nullable = false)
    public String language;

    /** The account that registered, when logged in: the registration is then in that account's data export. */
    @Column(name = "account_subject")
    public String accountSubject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
