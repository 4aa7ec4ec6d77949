package org.mitwirken.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.statistics.StatisticsService;
import org.mitwirken.survey.SurveyResultsService;
import org.mitwirken.survey.SurveyService;
import org.mitwirken.survey.SurveyView;
import org.mitwirken.synthesis.SynthesisService;

/** Gathers a format's facts, key figures, survey results and the city's responses into one report. */
@ApplicationScoped
public class ReportService {

    @Inject
    FormatService formats;

    @Inject
    StatisticsService statistics;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyResultsService surveyResults;

    @Inject
    SynthesisService synthesis;

    public FormatReport report(String slug) {
        FormatResponse format = formats.get(slug, false);
        return new FormatReport(format.slug(), format.title(), format.kind().name(), format.summary(),
                format.startsOn(), format.endsOn(), format.venue(), statistics.forFormat(format.id()),
                surveys.forFormat(slug, false).stream().filter(SurveyView::resultsPublic).map(survey -> new FormatReport.SurveySummary(survey.title(),
                        surveyResults.results(survey.slug(), null, false))).toList(),
                synthesis.responsesForFormat(slug));
    }
}
