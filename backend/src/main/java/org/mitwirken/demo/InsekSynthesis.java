package org.mitwirken.demo;

import java.util.List;
import java.util.Map;
import org.mitwirken.common.geo.Point;
import org.mitwirken.synthesis.ObservationKind;
import org.mitwirken.synthesis.ResponseStatus;
import org.mitwirken.synthesis.SynthesisDtos.ObservationRequest;

/**
 * Illustrative synthesis: observations from the district walks and the future workshop, which field of action
 * input is linked to (by words in its text), and one response of the city per field. None of it is the city's.
 */
final class InsekSynthesis {
    static final Map<String, List<String>> WORDS = Map.of(
            "wohnen-und-quartiere", List.of("Wohnung", "Spielpl", "Treffpunkt", "Familien"),
            "klima-umwelt-gruen", List.of("Grün", "Bäume", "Schatten", "Lauter", "Urban Gardening", "Trinkbrunnen"),
            "mobilitaet", List.of("Rad", "Bus", "Kreuzung", "Gehweg", "Beleuchtung", "Licht"),
            "wirtschaft-wissenschaft-innenstadt", List.of("Leerstand", "Fußgängerzone", "Innenstadt", "Bank"));

    record Response(String field, String title, ResponseStatus status, String reason) {
    }

    static final List<Response> RESPONSES = List.of(
            new Response("wohnen-und-quartiere", "Spielplätze in den Ortsbezirken", ResponseStatus.TAKEN_UP,
                    "Das INSEK sieht ein Programm zur Erneuerung der Spielplätze in den Ortsbezirken vor."),
            new Response("klima-umwelt-gruen", "Mehr Schatten und Grün in der Innenstadt", ResponseStatus.PARTLY,
                    "Baumpflanzungen sind am Stiftsplatz geplant; Trinkbrunnen werden noch geprüft."),
            new Response("mobilitaet", "Lückenloses Radverkehrsnetz", ResponseStatus.TAKEN_UP,
                    "Die Verbindungen zwischen Ortsbezirken und Innenstadt werden als Ziel aufgenommen."),
            new Response("wirtschaft-wissenschaft-innenstadt", "Leerstände für Kultur nutzen", ResponseStatus.UNDER_REVIEW,
                    "Ein Zwischennutzungsprogramm wird mit der Wirtschaftsförderung geprüft."));

    private InsekSynthesis() {
    }

    static List<ObservationRequest> observations() {
        return List.of(
                walkStop("Dorfplatz Dansenberg", "Der Platz wird als Parkplatz genutzt; Wunsch nach Bänken und Schatten.",
                        new Point(7.7205, 49.4162), "dansenberg"),
                walkStop("Bushaltestelle Mölschbach", "Der Bus fährt abends zu selten.", new Point(7.7902, 49.3951),
                        "moelschbach"),
                walkStop("Ortsmitte Erfenbach", "Leerstehende Gaststätte; Treffpunkt fehlt.", new Point(7.7003, 49.4782),
                        "erfenbach"),
                new ObservationRequest("zukunftswerkstatt-oktober-2024", ObservationKind.FLIPCHART,
                        "Flipchart „Grüne Stadt“", "Grün- und Freiflächen vernetzen, Hitzevorsorge in der Innenstadt.",
                        null, null, 23),
                new ObservationRequest("zukunftswerkstatt-oktober-2024", ObservationKind.FLIPCHART,
                        "Flipchart „Mobil ohne Auto“", "Radverkehrsnetz ausbauen, Bus am Abend.", null, null, 17));
    }

    private static ObservationRequest walkStop(String title, String text, Point point, String district) {
        return new ObservationRequest("begehungen-ortsbezirke-2024", ObservationKind.WALK_STOP, title, text, point,
                district, null);
    }
}
