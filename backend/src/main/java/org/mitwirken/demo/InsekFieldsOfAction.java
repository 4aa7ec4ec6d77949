package org.mitwirken.demo;

import java.util.List;
import org.mitwirken.fieldofaction.FieldOfActionRequest;
import org.mitwirken.fieldofaction.GoalRequest;

/**
 * The four fields of action discussed on 13.11.2024. The city's page does not name them: names, goals and texts here
 * are illustrative and say so.
 */
final class InsekFieldsOfAction {
    static final List<String> SLUGS = List.of("wohnen-und-quartiere", "klima-umwelt-gruen", "mobilitaet",
            "wirtschaft-wissenschaft-innenstadt");
    private static final String NOTE = "\n\n*Illustrativ: Die Seite der Stadt nennt die vier Handlungsfelder nicht "
            + "namentlich; Titel, Texte und Ziele sind Beispiele.*";

    private InsekFieldsOfAction() {
    }

    static List<FieldOfActionRequest> all() {
        return List.of(
                field(0, "Wohnen und lebendige Quartiere",
                        "Bezahlbarer Wohnraum und lebendige Ortsbezirke für alle Generationen.",
                        goal("bezahlbarer-wohnraum", "Bezahlbaren Wohnraum sichern und schaffen"),
                        goal("ortskerne-staerken", "Ortskerne der Ortsbezirke stärken"),
                        goal("soziale-infrastruktur", "Soziale Infrastruktur wohnortnah anbieten")),
                field(1, "Klima, Umwelt und Grün",
                        "Klimaanpassung, Klimaschutz und ein Netz aus Grün- und Freiflächen.",
                        goal("hitzevorsorge", "Hitzevorsorge in dicht bebauten Quartieren"),
                        goal("gruene-infrastruktur", "Grün- und Freiflächen vernetzen"),
                        goal("klimaneutrale-stadt", "Den Weg zur klimaneutralen Stadt ebnen")),
                field(2, "Mobilität und Erreichbarkeit",
                        "Sichere Wege zu Fuß und mit dem Rad, ein verlässlicher öffentlicher Verkehr.",
                        goal("radverkehr", "Radverkehrsnetz lückenlos ausbauen"),
                        goal("oepnv-ortsbezirke", "Ortsbezirke besser an den ÖPNV anbinden")),
                field(3, "Wirtschaft, Wissenschaft und Innenstadt",
                        "Eine starke Innenstadt und die Hochschulen als Motor der Stadtentwicklung.",
                        goal("innenstadt-beleben", "Innenstadt als Ort zum Leben und Einkaufen beleben"),
                        goal("wissenschaftsstadt", "Wissenschaft und Stadt enger verknüpfen")));
    }

    private static FieldOfActionRequest field(int position, String title, String summary, GoalRequest... goals) {
        return new FieldOfActionRequest(SLUGS.get(position), title, summary, summary + NOTE, position, null,
                List.of(goals), null);
    }

    private static GoalRequest goal(String slug, String title) {
        return new GoalRequest(slug, title, "*Illustratives Entwicklungsziel.*");
    }
}
