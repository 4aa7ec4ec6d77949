package org.mitwirken.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mitwirken.common.pdf.FlowingPdf;
import org.mitwirken.common.pdf.TaggedPdf.Face;
import org.mitwirken.statistics.Statistics;
import org.mitwirken.survey.SurveyResults;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;

/**
 * The "Kurze Zusammenfassung" of a format as an accessible PDF (PDF/UA-1), in German like the city's own documents:
 * the title as H1, sections as H2, questions and responses as H3, key figures as a table, answers per option as a
 * bar chart whose alternative text gives the numbers.
 */
final class ReportPdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final Map<String, String> KINDS = Map.of("COMMENT", "Kommentare", "MAP_CONTRIBUTION",
            "Kartenbeiträge", "SURVEY_RESPONSE", "Antworten in Befragungen", "BALLOT", "Stimmzettel", "REGISTRATION",
            "Anmeldungen zu Veranstaltungen", "ATTENDANCE", "Teilnehmende vor Ort");

    private ReportPdf() {
    }

    static byte[] render(FormatReport report) {
        try (FlowingPdf pdf = new FlowingPdf("Kurze Zusammenfassung: " + report.title(), "de-DE",
                (page, pages) -> "Seite " + page + " von " + pages)) {
            pdf.paragraph("Kurze Zusammenfassung", Face.BOLD, 11);
            pdf.heading(1, report.title());
            String dates = report.startsOn().equals(report.endsOn()) ? DAY.format(report.startsOn())
                    : DAY.format(report.startsOn()) + " – " + DAY.format(report.endsOn());
            pdf.paragraph("Zeitraum: " + dates + (report.venue() == null ? "" : " · Ort: " + report.venue()));
            pdf.paragraph(report.summary());
            pdf.heading(2, "Beteiligung in Zahlen");
            if (report.keyFigures().isEmpty()) {
                pdf.paragraph("Noch keine Beiträge.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Statistics.Cell cell : report.keyFigures()) {
                    rows.add(List.of(KINDS.getOrDefault(cell.key(), cell.key()),
                            cell.suppressed() ? "weniger als 5" : String.valueOf(cell.count())));
                }
                pdf.table(List.of("Art der Beiträge", "Anzahl"), rows, 0.6f, 0.4f);
            }
            for (FormatReport.SurveySummary survey : report.surveys()) {
                pdf.heading(2, "Befragung: " + survey.title() + " (" + survey.results().responses() + " Antworten)");
                for (SurveyResults.QuestionResult question : survey.results().questions()) {
                    question(pdf, question);
                }
            }
            pdf.heading(2, "Was ist daraus geworden?");
            if (report.responses().isEmpty()) {
                pdf.paragraph("Die Stadt hat hierzu noch nicht geantwortet.");
            }
            for (ResponseView response : report.responses()) {
                pdf.heading(3, response.title() + " – " + response.status().german());
                pdf.paragraph("Handlungsfeld: " + response.target().fieldOfActionTitle()
                        + (response.target().goalTitle() == null ? "" : ", Ziel: " + response.target().goalTitle()));
                pdf.paragraph(response.reason());
            }
            return pdf.finish();
        }
    }

    private static void question(FlowingPdf pdf, SurveyResults.QuestionResult question) {
        pdf.heading(3, question.title());
        if (!question.options().isEmpty()) {
            pdf.chart("Balkendiagramm, " + question.answered() + " Antworten: " + question.options().stream()
                    .map(option -> option.label() + " " + shown(option, true)).collect(Collectors.joining("; ")),
                    question.options().stream().map(option -> new FlowingPdf.Bar(option.label(),
                            option.share() == null ? 0 : option.share(), shown(option, false))).toList());
        }
        if (question.scale() != null && question.scale().mean() != null) {
            pdf.paragraph(String.format(Locale.GERMANY, "Mittelwert: %.2f", question.scale().mean()));
        }
        if (question.texts() != null && !question.texts().isEmpty()) {
            pdf.list(question.texts().stream().limit(10).toList());
        }
    }

    /** The count as the bar shows it, or spelled out with its share for the alternative text. */
    private static String shown(SurveyResults.OptionResult option, boolean spoken) {
        if (option.suppressed()) {
            return spoken ? "weniger als 5" : "< 5";
        }
        if (!spoken || option.share() == null) {
            return String.valueOf(option.count());
        }
        return String.format(Locale.GERMANY, "%d (%.0f %%)", option.count(), option.share() * 100);
    }
}
