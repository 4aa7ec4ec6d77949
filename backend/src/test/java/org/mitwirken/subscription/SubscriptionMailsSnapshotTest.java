package org.mitwirken.subscription;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mitwirken.common.participation.ContributionNews;
import org.mitwirken.mail.MailSnapshot;

@QuarkusTest
@DisplayName("Subscription mails read as approved, in German and in English")
class SubscriptionMailsSnapshotTest {
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
