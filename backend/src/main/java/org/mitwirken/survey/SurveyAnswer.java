package org.mitwirken.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One value of an answer: a chosen option, a scale value, a text, a ranked option or a located category. Multiple
 * choices and rankings take one row per option, so results are plain SQL aggregates.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "response_id", nullable = false)
    public UUID responseId;

    @Column(name = "question_id", nullable = false)
    public UUID questionId;

    @Column(name = "option_key")
    public String optionKey;

    @Column(name = "number_value")
    public Integer numberValue;

    @Column(name = "text_value")
    public String textValue;

    /** Free texts appear in public results only once a moderator published them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "text_state")
    public FreeTextState textState;

    public Integer rank;

    public Double longitude;

    public Double latitude;
}
