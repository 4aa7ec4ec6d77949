package org.mitwirken.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mitwirken.common.Actor;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.participation.DecisionRequest;
import org.mitwirken.common.participation.ModerationAction;
import org.mitwirken.district.DistrictService;
import org.mitwirken.document.DocumentService;
import org.mitwirken.fieldofaction.FieldOfActionRequest;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatRequest;
import org.mitwirken.format.FormatService;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.Participant;
import org.mitwirken.interview.InterviewNoteRequest;
import org.mitwirken.interview.InterviewNoteService;
import org.mitwirken.map.MapContributionRequest;
import org.mitwirken.map.MapContributionService;
import org.mitwirken.map.MapPlaces;
import org.mitwirken.map.MapQuery;
import org.mitwirken.process.PhaseRequest;
import org.mitwirken.process.ProcessRequest;
import org.mitwirken.process.ProcessService;
import org.mitwirken.process.ProcessStatus;
import org.mitwirken.survey.FreeTextModeration;
import org.mitwirken.survey.FreeTextState;
import org.mitwirken.survey.SubmissionService;
import org.mitwirken.survey.SurveyService;
import org.mitwirken.synthesis.InputKey;
import org.mitwirken.synthesis.ObservationService;
import org.mitwirken.synthesis.SynthesisDtos.LinkRequest;
import org.mitwirken.synthesis.SynthesisDtos.PoolItem;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisService;
import org.mitwirken.voting.VotingItemType;
import org.mitwirken.voting.VotingRoundRequest;
import org.mitwirken.voting.VotingService;

/**
 * Loads the Kaiserslautern INSEK as the city published it (shared/seed) through the same services the API uses,
 * so demo data obeys every rule real data does. Runs only where enabled (dev, e2e) and only once per database.
 */
@ApplicationScoped
public class DemoDataLoader {
    /** Demo staff work is done by no account. */
    private static final Actor DEMO = new Actor(null, "demo");

    static final String PROCESS = "insek-kaiserslautern";
    static final String DIALOGUE = "buergerbeteiligung-13-11-2024";
    static final String SURVEY_FORMAT = "umfrage-und-geoportal-2024";
    /** What the demo keeps open for trying (survey, voting round) closes then; the formats' texts say so. */
    static final Instant KEPT_OPEN_UNTIL = Instant.parse("2030-12-31T23:00:00Z");
    /** The prioritisation opened with the dialogue evening of 13.11.2024 (18:00 in Kaiserslautern). */
    static final Instant ROUND_OPENS = Instant.parse("2024-11-13T17:00:00Z");
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    ProcessService processes;

    @Inject
    FormatService formats;

    @Inject
    DistrictService districts;

    @Inject
    DocumentService documents;

    @Inject
    InterviewNoteService interviewNotes;

    @Inject
    VotingService votings;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Inject
    SurveyService surveys;

    @Inject
    SubmissionService submissions;

    @Inject
    FreeTextModeration freeTexts;

    @Inject
    MapPlaces places;

    @Inject
    MapContributionService mapContributions;

    @Inject
    SynthesisService synthesis;

    @Inject
    ObservationService observations;

    @ConfigProperty(name = "mitwirken.demo-data.enabled")
    boolean enabled;

    /** Each part is loaded only where it is missing, so a database from an older release gains the new parts. */
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        LOG.info("Loading whatever is missing of the Kaiserslautern INSEK demo data");
        if (processes.findRef(PROCESS, true).isEmpty()) {
            processes.create(insek());
            processes.setPublicationState(PROCESS, PublicationState.PUBLISHED);
        }
        InsekDistricts.all().stream().filter(district -> districts.findRef(district.slug()).isEmpty())
                .forEach(districts::create);
        for (FieldOfActionRequest field : InsekFieldsOfAction.all()) {
            if (fieldsOfAction.findRef(field.slug(), true).isEmpty()) {
                fieldsOfAction.create(field);
                fieldsOfAction.setPublicationState(field.slug(), PublicationState.PUBLISHED);
            }
        }
        Set<String> newFormats = new HashSet<>();
        for (FormatRequest format : InsekFormats.all(PROCESS)) {
            if (formats.findRef(format.slug(), true).isEmpty()) {
                formats.create(format);
                formats.setPublicationState(format.slug(), PublicationState.PUBLISHED);
                newFormats.add(format.slug());
            }
        }
        InsekDocuments.all().stream().filter(download -> newFormats.contains(download.formatSlug()))
                .forEach(download -> documents.create(download.formatSlug(), download.upload()));
        if (votings.forFormat(DIALOGUE, true).isEmpty()) {
            votings.create(dialogueRound());
        }
        loadSurvey();
        loadMap();
        loadSynthesis();
        for (InterviewNoteRequest note : InsekInterviewNotes.all()) {
            if (interviewNotes.findSlug(note.slug()).isEmpty()) {
                interviewNotes.create(note, DEMO);
                interviewNotes.setPublicationState(note.slug(), PublicationState.PUBLISHED, DEMO);
            }
        }
    }

    /** The questionnaire with its generated responses; a quarter of the free texts passes moderation. */
    private void loadSurvey() {
        if (surveys.forFormat(SURVEY_FORMAT, true).stream().anyMatch(s -> s.slug().equals(InsekSurvey.SLUG))) {
            return;
        }
        surveys.create(InsekSurvey.request(SURVEY_FORMAT));
        InsekSurvey.responses(20240320).forEach(response -> submissions.submit(InsekSurvey.SLUG, response, Participant.SERVER));
        List<FreeTextModeration.FreeTextItem> pending = freeTexts.pending(InsekSurvey.SLUG);
        for (int i = 0; i < pending.size(); i++) {
            freeTexts.decide(pending.get(i).id(), i % 4 == 3 ? FreeTextState.HIDDEN : FreeTextState.PUBLISHED);
        }
    }

    /** Named places, and contributions spread over the city; moderated like real ones, nearly all approved. */
    private void loadMap() {
        InsekMap.PLACES.forEach(places::add);
        MapQuery ofSurveyFormat = new MapQuery();
        ofSurveyFormat.format = SURVEY_FORMAT;
        if (!mapContributions.published(ofSurveyFormat).isEmpty()) {
            return;
        }
        List<Point> centres = InsekDistricts.SLUGS.stream().map(districts::center).flatMap(Optional::stream).toList();
        List<MapContributionRequest> requests = InsekMap.contributions(SURVEY_FORMAT, centres, 20240414);
        for (int i = 0; i < requests.size(); i++) {
            UUID id = mapContributions.create(requests.get(i), null).contribution().id();
            mapContributions.decide(id, i % 25 == 24
                    ? new DecisionRequest(ModerationAction.REJECT, "Kein Bezug zur Stadtentwicklung")
                    : new DecisionRequest(ModerationAction.APPROVE, null));
        }
    }

    /** Observations, links by the words in each input and one response per field of action; all illustrative. */
    private void loadSynthesis() {
        if (synthesis.outcome(InsekFieldsOfAction.SLUGS.get(0)).total() > 0) {
            return;
        }
        InsekSynthesis.observations().forEach(observation -> observations.record(observation, DEMO));
        List<PoolItem> pool = synthesis.pool(null, null, false);
        for (InsekSynthesis.Response response : InsekSynthesis.RESPONSES) {
            List<InputKey> inputs = pool.stream()
                    .filter(item -> InsekSynthesis.WORDS.get(response.field()).stream()
                            .anyMatch(word -> item.input().text().contains(word)))
                    .map(item -> new InputKey(item.input().kind(), item.input().ref())).limit(500).toList();
            if (inputs.isEmpty()) {
                continue;
            }
            synthesis.link(new LinkRequest(inputs, response.field(), null), DEMO);
            synthesis.respond(new ResponseRequest(response.field(), null, response.title(), response.status(),
                    response.reason(), inputs.subList(0, Math.min(3, inputs.size())), null));
        }
    }

    /** The prioritisation of 13.11.2024; in the demo it stays open so that voting can be tried. */
    private VotingRoundRequest dialogueRound() {
        List<UUID> fields = InsekFieldsOfAction.SLUGS.stream()
                .map(slug -> fieldsOfAction.findRef(slug, false).orElseThrow().id()).toList();
        return new VotingRoundRequest(DIALOGUE, "Priorisierung der vier Handlungsfelder",
                VotingItemType.FIELD_OF_ACTION, fields, 5, 3, ROUND_OPENS, KEPT_OPEN_UNTIL, IntegrityMode.OPEN);
    }

    private static ProcessRequest insek() {
        return new ProcessRequest(PROCESS,
                "Integriertes Nachhaltiges Stadtentwicklungskonzept (INSEK) Kaiserslautern",
                "Die Stadt Kaiserslautern erarbeitet mit einem interdisziplinären Planungsteam ein zukunftsfähiges "
                        + "und gesamtheitliches Konzept zur Entwicklung der Stadt für die nächsten zehn bis fünfzehn "
                        + "Jahre.",
                "Das Referat Stadtentwicklung erarbeitet zusammen mit einer Bürogemeinschaft das INSEK als "
                        + "Orientierungsrahmen für die zukünftige Entwicklung Kaiserslauterns. Bürgerinnen und "
                        + "Bürger, Akteurinnen und Akteure sowie die Fachreferate der Stadtverwaltung wirken in "
                        + "mehreren Beteiligungsformaten mit.\n\n"
                        + "*Hinweis: Die Grenzen der Phasen Konzept und Beschluss sind illustrativ; die Seite der "
                        + "Stadt nennt sie nicht.*",
                ProcessStatus.ONGOING,
                List.of(new PhaseRequest("bestandsaufnahme", "Bestandsaufnahme",
                                LocalDate.of(2023, 12, 1), LocalDate.of(2024, 8, 31)),
                        new PhaseRequest("strategie", "Strategie",
                                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30)),
                        new PhaseRequest("konzept", "Konzept",
                                LocalDate.of(2024, 12, 1), LocalDate.of(2025, 6, 30)),
                        new PhaseRequest("beschluss", "Beschluss", LocalDate.of(2025, 7, 1), null)),
                null);
    }
}
