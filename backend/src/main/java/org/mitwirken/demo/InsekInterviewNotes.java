package org.mitwirken.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.mitwirken.common.Slugs;
import org.mitwirken.interview.FindingDto;
import org.mitwirken.interview.FindingType;
import org.mitwirken.interview.InterviewNoteRequest;
import org.mitwirken.interview.ParticipantDto;
import org.mitwirken.interview.TopicArea;

/**
 * The twelve stakeholder interviews of December 2023 named on the city's page. Their titles are real; dates within
 * the month, participants, summaries and findings are illustrative and say so.
 */
final class InsekInterviewNotes {
    private static final String NOTE = " (Illustrativ: Die Seite der Stadt verweist auf den Gesprächsvermerk; "
            + "dieser Text ist ein Beispiel.)";

    private record Interview(String title, String stakeholder, Set<TopicArea> topics, String field) {
    }

    private static final List<Interview> INTERVIEWS = List.of(
            new Interview("Rheinland-Pfälzische Technische Universität und Hochschule",
                    "RPTU Kaiserslautern-Landau und Hochschule Kaiserslautern", Set.of(TopicArea.SCIENCE_RESEARCH),
                    "wirtschaft-wissenschaft-innenstadt"),
            new Interview("Integrationsbeauftragter", "Integrationsbeauftragter der Stadt Kaiserslautern",
                    Set.of(TopicArea.INTEGRATION), "wohnen-und-quartiere"),
            new Interview("Mobilität", "Referat Stadtplanung, Abteilung Mobilität", Set.of(TopicArea.MOBILITY),
                    "mobilitaet"),
            new Interview("Kultur", "Referat Kultur", Set.of(TopicArea.CULTURE), "wirtschaft-wissenschaft-innenstadt"),
            new Interview("Soziales, Jugend und Sport, Schulen, Bildungsbüro",
                    "Referate Soziales, Jugend und Sport, Schulen sowie Bildungsbüro", Set.of(TopicArea.SOCIAL),
                    "wohnen-und-quartiere"),
            new Interview("Stadtbild und Denkmalschutz", "Untere Denkmalschutzbehörde",
                    Set.of(TopicArea.TOWNSCAPE_HERITAGE), "wirtschaft-wissenschaft-innenstadt"),
            new Interview("BauAG", "Bau AG Kaiserslautern", Set.of(TopicArea.HOUSING), "wohnen-und-quartiere"),
            new Interview("Migration und Integration", "Beirat für Migration und Integration",
                    Set.of(TopicArea.INTEGRATION, TopicArea.SOCIAL), "wohnen-und-quartiere"),
            new Interview("Wirtschaftsförderung, Stadiongesellschaft, Liegenschaften",
                    "Wirtschaftsförderung, Stadiongesellschaft und Referat Liegenschaften", Set.of(TopicArea.ECONOMY),
                    "wirtschaft-wissenschaft-innenstadt"),
            new Interview("Inklusion", "Beirat für Menschen mit Behinderungen", Set.of(TopicArea.INCLUSION),
                    "mobilitaet"),
            new Interview("Digitalisierung", "Referat Digitalisierung", Set.of(TopicArea.DIGITALISATION),
                    "wirtschaft-wissenschaft-innenstadt"),
            new Interview("Umweltschutz und Grünflächen", "Referat Umweltschutz und Grünflächenamt",
                    Set.of(TopicArea.ENVIRONMENT, TopicArea.CLIMATE), "klima-umwelt-gruen"));

    private InsekInterviewNotes() {
    }

    static List<InterviewNoteRequest> all() {
        return IntStream.range(0, INTERVIEWS.size()).mapToObj(i -> {
            Interview interview = INTERVIEWS.get(i);
            return new InterviewNoteRequest(Slugs.fromTitle(interview.title()), interview.title(), interview.stakeholder(),
                    LocalDate.of(2023, 12, 4 + i), interview.topics(),
                    List.of(new ParticipantDto("Vertretung " + interview.stakeholder(), 2),
                            new ParticipantDto("Planungsteam INSEK", 2)),
                    "Gespräch zum Themenbereich " + interview.title() + ": Stand, Perspektiven und Erwartungen an "
                            + "das INSEK." + NOTE,
                    List.of(new FindingDto(FindingType.POTENTIAL, "Vorhandene Stärken im Themenbereich nutzen."
                                    + NOTE),
                            new FindingDto(FindingType.CHALLENGE, "Engpässe bei Flächen und Personal." + NOTE),
                            new FindingDto(FindingType.PROJECT_IDEA, "Ein gemeinsames Pilotprojekt im Quartier."
                                    + NOTE)),
                    List.of(interview.field()), null);
        }).toList();
    }
}
