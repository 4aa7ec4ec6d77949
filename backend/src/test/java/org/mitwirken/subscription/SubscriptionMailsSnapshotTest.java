package org.mitwirken.subscription;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mitwirken.mail.MailSnapshot;

@QuarkusTest
@DisplayName("Subscription mails read as approved, in German and in English")
class SubscriptionMailsSnapshotTest {
    private static final UUID SUBSCRIPTION = UUID.fromString("7d0f4c1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f");

    @Inject
    SubscriptionMails mails;

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
