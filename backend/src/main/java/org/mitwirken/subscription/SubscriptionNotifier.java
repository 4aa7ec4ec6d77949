package org.mitwirken.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.common.participation.PublicChanges.PublicChange;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.document.DocumentService;
import org.mitwirken.fieldofaction.FieldOfActionService;
import org.mitwirken.format.FormatService;
import org.mitwirken.opportunity.OpportunityResponse;
import org.mitwirken.survey.SurveyService;
import org.mitwirken.voting.VotingService;

/**
 * Tells followers what became public, in the transaction of the change: a new format, a survey or voting round that
 * opens, and results (a closed survey's or round's, a format's documentation) to those who follow the format, its
 * process, one of its districts or fields of action; the city's answer to those who follow the field of action.
 * Whoever follows several of the scopes concerned gets one mail ({@link FollowerNews}).
 */
@ApplicationScoped
class SubscriptionNotifier {
    private static final String OUTCOME_PATH = "/api/v1/outcomes/fields-of-action/";
    private static final String SURVEYS_PATH = "/api/v1/surveys/";
    private static final String VOTINGS_PATH = "/api/v1/votings/";
    private static final String DOCUMENTS_PATH = "/api/v1/documents/";

    @Inject
    FollowerNews news;

    @Inject
    FormatService formats;

    @Inject
    FollowedScopes followedScopes;

    @Inject
    FollowerReminders reminders;

    @Inject
    FieldOfActionService fieldsOfAction;

    @Inject
    OpenOpportunities openOpportunities;

    @Inject
    SurveyService surveys;

    @Inject
    VotingService votings;

    @Inject
    DocumentService documents;

    @ConfigProperty(name = "mitwirken.public-url")
    String publicUrl;

    @Transactional(TxType.MANDATORY)
    void onPublicChange(@Observes PublicChange change) {
        switch (change.type()) {
            case FORMAT_PUBLISHED -> formatPublished(UUID.fromString(change.id()));
            case OPPORTUNITY_OPENED -> opportunityOpened(change.path());
            case RESULTS_PUBLISHED -> resultsPublished(change);
            case OFFICIAL_RESPONSE_PUBLISHED -> responsePublished(change.path().substring(OUTCOME_PATH.length()),
                    change.id());
            default -> {
            }
        }
    }

    /**
     * The mail of a new format gives its date: when that is less than a week away, the week's reminder would say
     * nothing new a moment later, so it counts as sent (the day before's still comes).
     */
    private void formatPublished(UUID formatId) {
        followedScopes.publicFormat(formatId).ifPresent(format -> {
            news.tell(FollowedScopes.aroundFormat(format), NewsWording.formatPublished(format, publicUrl),
                    "format published");
            reminders.weekAheadToldBy(format);
        });
    }

    /** Surveys and voting rounds are news when they open; comments and map portals open with their format's news. */
    private void opportunityOpened(String path) {
        openOpportunities.now().stream()
                .filter(o -> o.path().equals(path))
                .filter(o -> o.kind() == OpportunityKind.SURVEY || o.kind() == OpportunityKind.VOTING_ROUND)
                .findFirst().ifPresent(opportunity -> aroundFormat(opportunity.format().slug(),
                        NewsWording.opportunityOpened(opportunity, publicUrl), "opportunity opened"));
    }

    /** Announced when a survey or round closed by its time (its results public to all) or results were documented. */
    private void resultsPublished(PublicChange change) {
        String path = change.path();
        if (path.startsWith(SURVEYS_PATH)) {
            quietly(() -> surveys.get(change.id(), false)).ifPresent(survey -> results(OpportunityKind.SURVEY,
                    survey.slug(), survey.title(), survey.format()));
        } else if (path.startsWith(VOTINGS_PATH)) {
            quietly(() -> votings.get(UUID.fromString(change.id()), false)).ifPresent(round -> results(
                    OpportunityKind.VOTING_ROUND, round.id().toString(), round.title(), round.format()));
        } else if (path.startsWith(DOCUMENTS_PATH)) {
            documents.publicResults(UUID.fromString(change.id())).ifPresent(document -> aroundFormat(
                    document.format().slug(), NewsWording.documentationPublished(document.title(),
                            document.format().title(), document.format().slug(), publicUrl),
                    "documentation published"));
        }
    }

    private void results(OpportunityKind kind, String id, String title, String formatSlug) {
        formats.findRef(formatSlug, false).ifPresent(format -> aroundFormat(formatSlug,
                NewsWording.resultsPublished(kind, id, title, format.title(), publicUrl), "results published"));
    }

    private void responsePublished(String fieldSlug, String responseId) {
        fieldsOfAction.findRef(fieldSlug, false).ifPresent(field -> {
            SubscriptionMails.News mail = new SubscriptionMails.News(
                    "Die Stadt antwortet: „" + field.title() + "“", "Die Stadt hat geantwortet",
                    "Zum Handlungsfeld „" + field.title() + "“ gibt es eine neue Antwort der Stadt auf Beiträge aus der "
                            + "Beteiligung.", "Die Antwort lesen",
                    "The city responds: “" + field.title() + "”", "The city has responded",
                    "There is a new response of the city to contributions on the field of action “" + field.title()
                            + "”.", "Read the response",
                    publicUrl + "/handlungsfelder/" + field.slug() + "#response-" + responseId);
            news.tell(Map.of(SubscriptionScope.FIELD_OF_ACTION, List.of(field.slug())), mail,
                    "official response");
        });
    }

    /** Tells the followers of a format the public sees, and of its process, districts and fields of action. */
    private void aroundFormat(String formatSlug, SubscriptionMails.News mail, String label) {
        followedScopes.aroundFormat(formatSlug).ifPresent(scopes -> news.tell(scopes, mail, label));
    }

    /** What the public may no longer see (withdrawn with its format as it closed) is no news. */
    private static <T> Optional<T> quietly(Supplier<T> visible) {
        try {
            return Optional.of(visible.get());
        } catch (ProblemException notVisible) {
            return Optional.empty();
        }
    }
}
