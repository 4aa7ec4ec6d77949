package org.mitwirken.subscription;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mitwirken.common.PublicationState;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.format.DatePrecision;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.Reference;
import org.mitwirken.mail.MailSnapshot;
import org.mitwirken.opportunity.OpportunityResponse;
import org.mitwirken.process.PhaseResponse;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.process.ProcessStatus;

@QuarkusTest
@DisplayName("Subscription mails read as approved, in German and in English")
class SubscriptionMailsSnapshotTest {
    private static final String SITE = "https://mitwirken.example.org";
    private static final UUID SUBSCRIPTION = UUID.fromString("7d0f4c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f");

    private static final UUID PREFERENCE = UUID.fromString("3b1e9d2a-5c4f-4a6b-9d8e-7f6a5b4c3d2e");

    @Inject
    SubscriptionMails mails;

    @Inject
    OwnContributionNotifier own;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("the confirmation mail asks for one click and says that nothing is sent without it")
    void confirmation(String language) {
        MailSnapshot.assertMatches("subscription-confirmation." + language,
                mails.confirmation(subscriber(language), new SubscriptionScopes.Place("INSEK Kaiserslautern", "/")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a piece of news links to its page and says why it came and how to stop it")
    void news(String language) {
        SubscriptionMails.News news = new SubscriptionMails.News("Neu bei „INSEK“: Zukunftswerkstatt",
                "Zukunftswerkstatt", "Wie soll Kaiserslautern 2035 aussehen? Termin: 17.10.2024.",
                "Mehr lesen und mitmachen", "New in “INSEK”: Zukunftswerkstatt", "Zukunftswerkstatt",
                "What should Kaiserslautern look like in 2035? Date: 17 October 2024.", "Read more and take part",
                "https://mitwirken.example.org/formate/zukunftswerkstatt");
        MailSnapshot.assertMatches("subscription-news." + language,
                mails.news(subscriber(language), "INSEK Kaiserslautern", news));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"APPROVED,de", "APPROVED,en", "HIDDEN,de", "HIDDEN,en", "REJECTED,de", "REJECTED,en", "REPLIED,de",
            "REPLIED,en", "ANSWERED,de", "ANSWERED,en"})
    @DisplayName("news of one's own contribution says what happened to it, links to it, and stops in one click")
    void ownContribution(ContributionNews.Kind kind, String language) {
        boolean moderated = kind == ContributionNews.Kind.HIDDEN || kind == ContributionNews.Kind.REJECTED;
        ContributionNews event = new ContributionNews("konto-erika", kind, "Zukunftswerkstatt",
                "/formate/zukunftswerkstatt#comment-5e6f", moderated ? "Enthält eine Telefonnummer" : null);
        MailSnapshot.assertMatches("own-contribution-" + kind.name().toLowerCase(Locale.ROOT) + "." + language,
                mails.own(account(language, NotificationFrequency.IMMEDIATE), own.news(event)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"DAILY,de", "DAILY,en", "WEEKLY,de", "WEEKLY,en"})
    @DisplayName("a digest lists its news under their own headings and stops in one click")
    void digest(NotificationFrequency frequency, String language) {
        List<SubscriptionMails.News> items = List.of(
                own.news(new ContributionNews("konto-erika", ContributionNews.Kind.REPLIED, "Bürgerdialog",
                        "/formate/buergerdialog#comment-1a2b", null)),
                own.news(new ContributionNews("konto-erika", ContributionNews.Kind.ANSWERED, "Grüne Innenstadt",
                        "/was-wurde-daraus/COMMENT/1a2b", null)));
        MailSnapshot.assertMatches("digest-" + frequency.name().toLowerCase(Locale.ROOT) + "." + language,
                mails.digest(account(language, frequency), items));
    }

    private static NotificationPreference account(String language, NotificationFrequency frequency) {
        NotificationPreference preference = new NotificationPreference();
        preference.id = PREFERENCE;
        preference.accountSubject = "konto-erika";
        preference.language = language;
        preference.frequency = frequency;
        return preference;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a format's date a week ahead and the day before, with its place")
    void formatSoon(String language) {
        FormatResponse format = workshop();
        MailSnapshot.assertMatches("subscription-format-in-a-week." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.formatSoon(format, 7, SITE)));
        MailSnapshot.assertMatches("subscription-format-tomorrow." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.formatSoon(format, 1, SITE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a survey that opens says until when; one that closes soon says how many days are left")
    void surveyOpensAndClosesSoon(String language) {
        OpportunityResponse survey = new OpportunityResponse(OpportunityKind.SURVEY, "befragung-insek",
                "Online-Befragung zum INSEK", new Reference("online-befragung", "Online-Befragung"),
                new Reference("insek", "INSEK Kaiserslautern"), List.of(), Instant.parse("2024-03-01T08:00:00Z"),
                Instant.parse("2024-03-31T16:00:00Z"), List.of(), "/api/v1/surveys/befragung-insek");
        MailSnapshot.assertMatches("subscription-opportunity-opened." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.opportunityOpened(survey, SITE)));
        MailSnapshot.assertMatches("subscription-closes-soon." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.closesSoon(survey, 3, SITE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("a phase that begins names its process and how long it lasts")
    void phaseBegins(String language) {
        PhaseResponse phase = new PhaseResponse(UUID.randomUUID(), "dialog", "Öffentlicher Dialog",
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 30));
        ProcessResponse process = new ProcessResponse(UUID.randomUUID(), "insek", "INSEK Kaiserslautern", "", "",
                ProcessStatus.ONGOING, PublicationState.PUBLISHED, List.of(phase), 0, null, null);
        MailSnapshot.assertMatches("subscription-phase-begins." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.phaseBegins(process, phase, SITE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("results are told with the way to them: a closed voting round's, a format's documentation")
    void results(String language) {
        MailSnapshot.assertMatches("subscription-results-published." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.resultsPublished(OpportunityKind.VOTING_ROUND,
                        "5b1c7a0e-1f2d-4e3c-9a8b-7c6d5e4f3a2b", "Was zuerst?", "Zukunftswerkstatt", SITE)));
        MailSnapshot.assertMatches("subscription-documentation-published." + language, mails.news(
                subscriber(language), "INSEK Kaiserslautern", NewsWording.documentationPublished(
                        "Dokumentation der Zukunftswerkstatt", "Zukunftswerkstatt", "zukunftswerkstatt", SITE)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de", "en"})
    @DisplayName("staff's newsletter keeps their paragraphs and makes a web address standing alone a link")
    void newsletter(String language) {
        MailSnapshot.assertMatches("subscription-newsletter." + language, mails.news(subscriber(language),
                "INSEK Kaiserslautern", NewsWording.newsletter("Danke für 1.200 Antworten!",
                        "Liebe Kaiserslauterer,\n\ndie Befragung ist beendet. Die Ergebnisse stellen wir am "
                                + "13.11.2024 vor.\n\nhttps://www.kaiserslautern.de/insek", SITE)));
    }

    private static FormatResponse workshop() {
        return new FormatResponse(UUID.randomUUID(), "zukunftswerkstatt", new Reference("insek",
                "INSEK Kaiserslautern"), null, null, "Zukunftswerkstatt", "Wie soll Kaiserslautern 2035 aussehen?", "",
                LocalDate.of(2024, 10, 17), LocalDate.of(2024, 10, 17), DatePrecision.DAY, "Fruchthalle", false, null,
                PublicationState.PUBLISHED, null, null, List.of(), List.of(), null, 0, null, null);
    }

    private static Subscription subscriber(String language) {
        Subscription subscription = new Subscription();
        subscription.id = SUBSCRIPTION;
        subscription.email = "erika@example.org";
        subscription.scopeType = SubscriptionScope.PROCESS;
        subscription.scopeKey = "insek";
        subscription.language = language;
        subscription.createdAt = Instant.parse("2024-03-01T10:00:00Z");
        return subscription;
    }
}
