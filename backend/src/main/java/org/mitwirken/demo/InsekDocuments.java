package org.mitwirken.demo;

import java.util.List;
import org.mitwirken.document.DocumentKind;
import org.mitwirken.document.DocumentUpload;

/** The downloads the city's page offers, as small PDFs whose text says they stand in for the originals. */
final class InsekDocuments {

    record Download(String formatSlug, DocumentUpload upload) {
    }

    private InsekDocuments() {
    }

    static List<Download> all() {
        return List.of(
                pdf("buergerbeteiligung-13-11-2024", "Präsentation zur Bürgerinnen- und Bürgerbeteiligung am 13.11.2024",
                        DocumentKind.PRESENTATION, "Präsentation_Bürgerbeteiligung_13.11.2024.pdf"),
                pdf("buergerbeteiligung-13-11-2024",
                        "Kurze Zusammenfassung der Ergebnisse der Bürgerinnen- und Bürgerbeteiligung am 13.11.2024",
                        DocumentKind.SUMMARY, "Zusammenfassung_Bürgerbeteiligung_13.11.2024.pdf"),
                pdf("zukunftswerkstatt-oktober-2024", "Dokumentation der Zukunftswerkstatt",
                        DocumentKind.DOCUMENTATION, "Dokumentation_Zukunftswerkstatt.pdf"),
                pdf("akteurswerkstatt-2024", "Dokumentation der Akteurswerkstatt", DocumentKind.DOCUMENTATION,
                        "Dokumentation_Akteurswerkstatt.pdf"),
                pdf("akteurswerkstatt-2024", "Präsentation zur Akteurswerkstatt", DocumentKind.PRESENTATION,
                        "Präsentation_Akteurswerkstatt.pdf"),
                pdf("umfrage-und-geoportal-2024", "Dokumentation der Beteiligungsergebnisse",
                        DocumentKind.DOCUMENTATION, "Dokumentation_Beteiligungsergebnisse.pdf"));
    }

    private static Download pdf(String format, String title, DocumentKind kind, String fileName) {
        byte[] content = SimplePdf.page(title, List.of(
                "INSEK Kaiserslautern - Integriertes Nachhaltiges Stadtentwicklungskonzept",
                "",
                "Illustrativ: Dieses Dokument steht in der Demo für die gleichnamige",
                "Veröffentlichung der Stadt Kaiserslautern; sein Inhalt ist ein Platzhalter."));
        return new Download(format, new DocumentUpload(title, kind, fileName, content, null));
    }
}
