package org.mitwirken.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One submitted questionnaire: only its day and channel, nothing about who sent it. */
@Entity
@Table(name = "survey_response")
public class SurveyResponseEntity {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseChannel channel;
}
