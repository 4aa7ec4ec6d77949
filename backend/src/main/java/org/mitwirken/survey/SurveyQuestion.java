package org.mitwirken.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "survey_question")
public class SurveyQuestion {
    @Id
    public UUID id = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    public Survey survey;

    @Column(nullable = false)
    public String slug;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    @Column(nullable = false)
    public String title;

    @Column(name = "help_text", nullable = false)
    public String helpText = "";

    public boolean required;

    /** Choices, ranking items or location categories, each with a stable key. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ChoiceOption> options = new ArrayList<>();

    @Column(name = "scale_min")
    public Integer scaleMin;

    @Column(name = "scale_max")
    public Integer scaleMax;

    @Column(name = "scale_min_label")
    public String scaleMinLabel;

    @Column(name = "scale_max_label")
    public String scaleMaxLabel;

    @Column(name = "max_length")
    public Integer maxLength;

    boolean hasOption(String key) {
        return options.stream().anyMatch(option -> option.key().equals(key));
    }

    String label(String key) {
        return options.stream().filter(option -> option.key().equals(key)).map(ChoiceOption::label).findFirst()
                .orElse(key);
    }
}
