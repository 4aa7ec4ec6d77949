package org.mitwirken.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.mitwirken.statistics.Statistics;
import org.mitwirken.survey.SurveyResults;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;

/** The "Kurze Zusammenfassung" of a format as PDF, in German like the city's own documents. */
final class ReportPdf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final Map<String, String> KINDS = Map.of("COMMENT", "Kommentare", "MAP_CONTRIBUTION",
            "Kartenbeiträge", "SURVEY_RESPONSE", "Antworten in Befragungen", "BALLOT", "Stimmzettel");
    private static final Map<String, String> STATUS = Map.of("TAKEN_UP", "Aufgegriffen", "PARTLY",
            "Teilweise aufgegriffen", "NOT_TAKEN_UP", "Nicht aufgegriffen", "UNDER_REVIEW", "Wird geprüft");

    private ReportPdf() {
    }

    static byte[] render(FormatReport report) {
        try (PdfWriter pdf = new PdfWriter("Kurze Zusammenfassung: " + report.title())) {
            pdf.heading("Kurze Zusammenfassung", 11);
            pdf.heading(report.title(), 18);
            String dates = report.startsOn().equals(report.endsOn()) ? DAY.format(report.startsOn())
                    : DAY.format(report.startsOn()) + " – " + DAY.format(report.endsOn());
            pdf.paragraph("Zeitraum: " + dates + (report.venue() == null ? "" : " · Ort: " + report.venue()));
            pdf.paragraph(report.summary());
            pdf.heading("Beteiligung in Zahlen", 13);
            if (report.keyFigures().isEmpty()) {
                pdf.paragraph("Noch keine Beiträge.");
            }
            for (Statistics.Cell cell : report.keyFigures()) {
                pdf.paragraph(KINDS.getOrDefault(cell.key(), cell.key()) + ": "
                        + (cell.suppressed() ? "weniger als 5" : cell.count()));
            }
            for (FormatReport.SurveySummary survey : report.surveys()) {
                pdf.heading("Befragung: " + survey.title() + " (" + survey.results().responses() + " Antworten)", 13);
                for (SurveyResults.QuestionResult question : survey.results().questions()) {
                    pdf.heading(question.title(), 10);
                    question.options().forEach(option -> pdf.bar(option.label(),
                            option.share() == null ? 0 : option.share(),
                            option.suppressed() ? "< 5" : String.valueOf(option.count())));
                    if (question.scale() != null && question.scale().mean() != null) {
                        pdf.paragraph(String.format(Locale.GERMANY, "Mittelwert: %.2f", question.scale().mean()));
                    }
                    if (question.texts() != null) {
                        question.texts().stream().limit(10).forEach(text -> pdf.paragraph("– " + text));
                    }
                }
            }
            pdf.heading("Was ist daraus geworden?", 13);
            if (report.responses().isEmpty()) {
                pdf.paragraph("Die Stadt hat hierzu noch nicht geantwortet.");
            }
            for (ResponseView response : report.responses()) {
                pdf.heading(response.title() + " – " + STATUS.getOrDefault(response.status().name(),
                        response.status().name()), 10);
                pdf.paragraph("Handlungsfeld: " + response.target().fieldOfActionTitle()
                        + (response.target().goalTitle() == null ? "" : ", Ziel: " + response.target().goalTitle()));
                pdf.paragraph(response.reason());
            }
            return pdf.finish();
        }
    }
}
