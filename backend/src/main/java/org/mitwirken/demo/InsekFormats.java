package org.mitwirken.demo;

import java.time.LocalDate;
import java.util.List;
import org.mitwirken.format.Audience;
import org.mitwirken.format.DatePrecision;
import org.mitwirken.format.FormatKind;
import org.mitwirken.format.FormatRequest;
import org.mitwirken.format.ParticipationSettingsDto;

/** The six formats named on the city's page, with their real dates. */
final class InsekFormats {
    private InsekFormats() {
    }

    static List<FormatRequest> all(String process) {
        return List.of(
                new FormatRequest("akteursgespraeche-dezember-2023", process, "bestandsaufnahme",
                        FormatKind.STAKEHOLDER_INTERVIEWS, "Akteursgespräche im Dezember 2023",
                        "Gespräche mit Expertinnen und Experten sowie Akteurinnen und Akteuren aus den "
                                + "Themenbereichen der Stadtentwicklung.",
                        "Für die Erarbeitung des INSEK wurden in einem ersten Schritt verschiedene Themenbereiche "
                                + "wie z. B. Wohnen, Umwelt, Klima, Soziales, Mobilität, Integration, "
                                + "Wissenschaft/Forschung betrachtet. Die Ergebnisse sind in Gesprächsvermerken "
                                + "festgehalten:\n\n"
                                + "- Rheinland-Pfälzische Technische Universität und Hochschule\n"
                                + "- Integrationsbeauftragter\n- Mobilität\n- Kultur\n"
                                + "- Soziales, Jugend und Sport, Schulen, Bildungsbüro\n"
                                + "- Stadtbild und Denkmalschutz\n- BauAG\n- Migration und Integration\n"
                                + "- Wirtschaftsförderung, Stadiongesellschaft, Liegenschaften\n"
                                + "- Inklusion\n- Digitalisierung\n- Umweltschutz und Grünflächen\n",
                        LocalDate.of(2023, 12, 1), null, DatePrecision.MONTH, null, false, Audience.INVITED,
                        new ParticipationSettingsDto(true, false, false), List.of(), List.of(), null),
                new FormatRequest("umfrage-und-geoportal-2024", process, "bestandsaufnahme",
                        FormatKind.ONLINE_SURVEY, "Online-Umfrage und Geoportal",
                        "Online-Fragebogen und städtisches Geoportal: Anregungen und Kritik, Lieblingsorte "
                                + "und verbesserungswürdige Orte.",
                        "Im Online-Fragebogen und im Kartenportal (dem städtischen Geoportal) tragen "
                                + "Bürgerinnen und Bürger Anregungen und Kritik vor, markieren Lieblingsorte und "
                                + "zeigen Orte, die verbesserungswürdig sind. Die Stadt bot beides vom 20.03. bis "
                                + "14.04.2024 an; die Ergebnisse dieser Wochen und der Auftaktveranstaltung sind in "
                                + "der Dokumentation der Beteiligungsergebnisse zusammengefasst.\n\n"
                                + "*In dieser Demo bleiben Fragebogen und Kartenportal geöffnet, damit Sie beides "
                                + "ausprobieren können.*",
                        LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 14), DatePrecision.DAY, null, true,
                        Audience.PUBLIC, new ParticipationSettingsDto(true, true, true), List.of(), List.of(), null),
                new FormatRequest("akteurswerkstatt-2024", process, "bestandsaufnahme",
                        FormatKind.STAKEHOLDER_WORKSHOP, "Digitale Akteurswerkstatt",
                        "Austausch mit den Akteuren über Projekte, Perspektiven, Potenziale und "
                                + "Herausforderungen der Stadtentwicklung.",
                        "In der digitalen Akteurswerkstatt am 05.06.2024 wurde über den aktuellen Stand und den "
                                + "weiteren Verlauf des Projekts informiert. Gemeinsam wurden erste Schwerpunkte "
                                + "für die zukünftige Entwicklung der Stadt Kaiserslautern diskutiert.",
                        LocalDate.of(2024, 6, 5), null, DatePrecision.DAY, null, true, Audience.INVITED,
                        new ParticipationSettingsDto(true, false, false), List.of(), List.of(), null),
                new FormatRequest("begehungen-ortsbezirke-2024", process, "bestandsaufnahme",
                        FormatKind.DISTRICT_WALK, "Begehungen der Ortsbezirke",
                        "Mit dem Planungsteam unterwegs in acht Ortsbezirken: die besonderen Themen vor Ort.",
                        "Am 30.08. und 31.08.2024 machten sich interessierte Bürgerinnen und Bürger, die "
                                + "Ortsvorsteherinnen und Ortsvorsteher sowie Mitglieder der Ortsbeiräte in den "
                                + "Ortsbezirken auf den Weg und tauschten sich mit dem Planungsteam über die "
                                + "städtebauliche Zukunft ihres Ortes aus:\n\n"
                                + "- Dansenberg\n- Einsiedlerhof\n- Erzhütten-Wiesenthalerhof\n- Erfenbach\n"
                                + "- Erlenbach\n- Mölschbach\n- Morlautern\n- Siegelbach\n",
                        LocalDate.of(2024, 8, 30), LocalDate.of(2024, 8, 31), DatePrecision.DAY,
                        "Ortsbezirke Dansenberg, Einsiedlerhof, Erzhütten-Wiesenthalerhof, Erfenbach, "
                                + "Erlenbach, Mölschbach, Morlautern und Siegelbach",
                        false, Audience.PUBLIC, new ParticipationSettingsDto(true, true, false), InsekDistricts.SLUGS, List.of(),
                        null),
                new FormatRequest("zukunftswerkstatt-oktober-2024", process, "strategie",
                        FormatKind.FUTURE_WORKSHOP, "Zukunftswerkstatt im Oktober 2024",
                        "Die Fachreferate der Stadtverwaltung besprechen Ergebnisse und erste Leitgedanken.",
                        "Im weiteren Erarbeitungsprozess des INSEK wurde mit Vertreterinnen und Vertretern der "
                                + "Fachreferate der Stadtverwaltung über die vorliegenden Ergebnisse und erste "
                                + "Leitgedanken zum INSEK gesprochen.",
                        LocalDate.of(2024, 10, 1), null, DatePrecision.MONTH, null, false, Audience.INTERNAL,
                        new ParticipationSettingsDto(false, false, false), List.of(), List.of(), null),
                new FormatRequest("buergerbeteiligung-13-11-2024", process, "strategie",
                        FormatKind.PUBLIC_DIALOGUE, "Beteiligung der Bürgerinnen und Bürger am 13.11.2024",
                        "Zweite öffentliche Veranstaltung: vier Handlungsfelder mit Strategiekarten und einem "
                                + "ersten Zukunftsbild diskutieren und priorisieren.",
                        "Interessierte Bürgerinnen und Bürger konnten sich über den aktuellen Projektstand "
                                + "informieren und über die strategische Ausrichtung des Konzepts diskutieren. "
                                + "Im Fokus standen vier Handlungsfelder, in denen die wichtigsten Themen der "
                                + "Stadtentwicklung Kaiserslautern zusammengefasst sind. Ziel war es, die Inhalte "
                                + "und Entwicklungsziele vorzustellen, zu diskutieren und gemeinsam zu "
                                + "priorisieren.\n\n"
                                + "*In dieser Demo bleibt die Priorisierung der vier Handlungsfelder online "
                                + "geöffnet, damit Sie das Abstimmen ausprobieren können.*",
                        LocalDate.of(2024, 11, 13), null, DatePrecision.DAY,
                        "Veranstaltungshalle auf dem Gartenschaugelände, Kaiserslautern", false, Audience.PUBLIC,
                        new ParticipationSettingsDto(true, true, true), List.of(),
                        InsekFieldsOfAction.SLUGS, null));
    }
}
