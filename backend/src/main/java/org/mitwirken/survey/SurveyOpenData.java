package org.mitwirken.survey;

import static org.mitwirken.common.opendata.Dataset.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mitwirken.common.opendata.Dataset;
import org.mitwirken.common.opendata.OpenDataSource;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;

/** Survey results, one row per option or scale value; single responses are never published. */
@ApplicationScoped
public class SurveyOpenData implements OpenDataSource {
    private static final Dataset DATASET = new Dataset("survey-results", "Umfrageergebnisse",
            "Results of the surveys of published formats: one row per question and option (or scale value). "
                    + "Free texts are not included; single responses never are.", List.of(
                    field("survey", "Slug of the survey"),
                    field("question", "Slug of the question"),
                    field("question_title", "The question as asked"),
                    field("question_type", "SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, RANKING or LOCATION"),
                    field("answered", "Responses that answered the question"),
                    field("option", "Key of the option or location category; the value for SCALE rows"),
                    field("option_label", "Label of the option"),
                    field("count", "How many chose the option (or gave the scale value)"),
                    field("share", "count / answered"),
                    field("rank_score", "RANKING: mean Borda points (n for first place … 1 for last)"),
                    field("mean", "SCALE: mean value, repeated on each row of the question")), false);

    @Inject
    SurveyService surveys;

    @Inject
    SurveyResultsService results;

    @Inject
    FormatService formats;

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FormatRef format : formats.publicRefs()) {
            for (SurveyView survey : surveys.forFormat(format.slug(), false).stream().filter(SurveyView::resultsPublic)
                    .toList()) {
                for (SurveyResults.QuestionResult question : results.results(survey.slug(), null, false).questions()) {
                    addRows(rows, survey.slug(), question);
                }
            }
        }
        return rows;
    }

    private static void addRows(List<Map<String, Object>> rows, String survey, SurveyResults.QuestionResult q) {
        if (q.type() == QuestionType.SCALE) {
            for (SurveyResults.ValueCount cell : q.scale().distribution()) {
                Map<String, Object> row = row(survey, q);
                row.put("option", Integer.toString(cell.value()));
                row.put("count", cell.count());
                row.put("share", q.answered() == 0 ? null : (double) cell.count() / q.answered());
                row.put("mean", q.scale().mean());
                rows.add(row);
            }
            return;
        }
        for (SurveyResults.OptionResult option : q.options()) {
            Map<String, Object> row = row(survey, q);
            row.put("option", option.key());
            row.put("option_label", option.label());
            row.put("count", option.count());
            row.put("share", option.share());
            row.put("rank_score", option.rankScore());
            rows.add(row);
        }
    }

    private static Map<String, Object> row(String survey, SurveyResults.QuestionResult question) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("survey", survey);
        row.put("question", question.question());
        row.put("question_title", question.title());
        row.put("question_type", question.type().name());
        row.put("answered", question.answered());
        return row;
    }
}
