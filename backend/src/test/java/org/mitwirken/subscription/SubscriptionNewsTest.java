package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.subscription.Followers.follow;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;
import static org.mitwirken.mail.TestMailServer.onlyMailTo;
import static org.mitwirken.mail.TestMailServer.subjectsReceivedBy;
import static org.mitwirken.mail.TestMailServer.subjectOf;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusMock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.mitwirken.document.DocumentKind;
import org.mitwirken.document.DocumentService;
import org.mitwirken.document.DocumentUpload;
import org.mitwirken.opportunity.OpportunityWatch;
import org.mitwirken.voting.VotingItemType;
import org.mitwirken.voting.VotingRoundRequest;
import org.mitwirken.voting.VotingService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.PublicationState;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Followers hear what became public: a new format, by mail with one-click unsubscribe")
class SubscriptionNewsTest {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    OutboxSender sender;

    @Inject
    FormatService formats;

    @Inject
    OpportunityWatch watch;

    @Inject
    VotingService votings;

    @Inject
    DocumentService documents;

    private String process;
    private String district;

    @AfterEach
    void realTime() {
        QuarkusMock.installMockForType(Clock.systemUTC(), Clock.class);
    }

    @BeforeEach
    void processWithDistrict() {
        sender.drain();
        process = aProcess().titled("INSEK Kaiserslautern").create().slug();
        district = aDistrict().named("Dansenberg " + UUID.randomUUID()).create().slug();
    }

    @Test
    @DisplayName("a format published in a followed process reaches each confirmed follower once, for the most specific "
            + "scope, with the page's link and a working one-click unsubscribe; unconfirmed addresses hear nothing")
    void formatPublished() throws Exception {
        String processOnly = follow("PROCESS", process, "de", true);
        String both = follow("PROCESS", process, "en", true);
        follow("DISTRICT", district, "en", true, both);
        String unconfirmed = follow("PROCESS", process, "de", false);
        FormatResponse format = aFormatIn(process).titled("Zukunftswerkstatt Oktober").on(LocalDate.of(2024, 10, 12))
                .inDistricts(district).draft().create();
        sender.drain();
        assertThat(TestMailServer.receivedBy(processOnly), empty());

        formats.setPublicationState(format.slug(), PublicationState.PUBLISHED);
        sender.drain();

        MimeMessage german = onlyMailTo(processOnly);
        assertEquals("Neu bei „INSEK Kaiserslautern“: Zukunftswerkstatt Oktober", german.getSubject());
        String text = SubscriptionTest.part(german, "text/plain");
        assertThat(text, containsString("Termin: 12.10.2024."));
        assertThat(text, containsString("/formate/" + format.slug()));
        assertThat(text, containsString("weil Sie „INSEK Kaiserslautern“ folgen"));
        String oneClick = german.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", german.getHeader("List-Unsubscribe-Post")[0]);

        MimeMessage english = onlyMailTo(both);
        assertEquals("New in “INSEK Kaiserslautern”: Zukunftswerkstatt Oktober", english.getSubject());
        assertThat(SubscriptionTest.part(english, "text/plain"), containsString("because you follow “Dansenberg"));
        assertThat(TestMailServer.receivedBy(unconfirmed), empty());

        String token = oneClick.substring(oneClick.indexOf("token=") + "token=".length(), oneClick.length() - 1);
        api().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .queryParam("token", token).when().post("/api/v1/subscriptions/unsubscribe").then().statusCode(204);
        FormatResponse second = aFormatIn(process).titled("Bürgerdialog").create();
        sender.drain();
        assertThat(second.title(), TestMailServer.receivedBy(processOnly), hasSize(1));
        assertThat(TestMailServer.receivedBy(both), hasSize(2));
    }

    @Test
    @DisplayName("a survey and a voting round are told as they open, and their results when they close, to the "
            + "followers of the format and its process, once; not those of a draft format")
    void opportunitiesOpenAndClose() throws Exception {
        FormatResponse format = aFormatIn(process).titled("Mobilität").create();
        String follower = follow("FORMAT", format.slug(), "de", true);
        String english = follow("PROCESS", process, "en", true);
        Instant opens = Instant.parse("2030-06-01T08:00:00Z");
        Instant closes = Instant.parse("2030-06-10T16:00:00Z");
        String survey = aSurvey().titled("Befragung zum Radverkehr").onFormat(format.slug()).resultsAfterClose()
                .window(opens, closes).create().slug();
        UUID round = votings.create(new VotingRoundRequest(format.slug(), "Was zuerst?", VotingItemType.FIELD_OF_ACTION,
                List.of(aFieldOfAction().create().id(), aFieldOfAction().create().id()), 3, 3, opens, closes,
                IntegrityMode.OPEN)).id();
        String draft = aFormatIn(process).draft().create().slug();
        aSurvey().titled("Entwurf").onFormat(draft).window(opens, closes).create();

        watchAt(Instant.parse("2030-06-02T08:00:00Z"));
        watchAt(Instant.parse("2030-06-03T08:00:00Z"));
        assertEquals(List.of("Jetzt mitmachen: Befragung zum Radverkehr", "Jetzt mitmachen: Was zuerst?"),
                subjectsReceivedBy(follower).stream().sorted().toList());
        MimeMessage opened = TestMailServer.receivedBy(follower).stream()
                .filter(mail -> subjectOf(mail).endsWith("Radverkehr")).findFirst().orElseThrow();
        assertThat(SubscriptionTest.part(opened, "text/plain"), containsString("/umfragen/" + survey));
        assertThat(SubscriptionTest.part(opened, "text/plain"), containsString("bis 10.6.2030, 18:00 Uhr"));
        assertEquals(List.of("Take part now: Befragung zum Radverkehr", "Take part now: Was zuerst?"),
                subjectsReceivedBy(english).stream().sorted().toList());

        watchAt(Instant.parse("2030-06-11T08:00:00Z"));
        watchAt(Instant.parse("2030-06-12T08:00:00Z"));
        assertEquals(List.of("Ergebnisse: Befragung zum Radverkehr", "Ergebnisse: Was zuerst?",
                "Jetzt mitmachen: Befragung zum Radverkehr", "Jetzt mitmachen: Was zuerst?"),
                subjectsReceivedBy(follower).stream().sorted().toList());
        assertEquals(4, TestMailServer.receivedBy(english).size());
        MimeMessage results = TestMailServer.receivedBy(follower).stream()
                .filter(mail -> subjectOf(mail).equals("Ergebnisse: Was zuerst?")).findFirst().orElseThrow();
        assertThat(SubscriptionTest.part(results, "text/plain"), containsString("/abstimmen/" + round));
    }

    @Test
    @DisplayName("a summary, documentation or minutes added to a public format are told to its followers; a "
            + "presentation, or a document of a draft format, is not")
    void documentationPublished() throws Exception {
        FormatResponse format = aFormatIn(process).titled("Zukunftswerkstatt").create();
        FormatResponse draft = aFormatIn(process).titled("Geheim").draft().create();
        String follower = follow("PROCESS", process, "de", true);
        documents.create(format.slug(), new DocumentUpload("Folien", DocumentKind.PRESENTATION, "folien.pdf", PDF,
                null));
        documents.create(draft.slug(), new DocumentUpload("Protokoll", DocumentKind.MINUTES, "p.pdf", PDF, null));
        documents.create(format.slug(), new DocumentUpload("Dokumentation der Werkstatt", DocumentKind.DOCUMENTATION,
                "doku.pdf", PDF, null));
        sender.drain();

        MimeMessage mail = onlyMailTo(follower);
        assertEquals("Ergebnisse von „Zukunftswerkstatt“: Dokumentation der Werkstatt", mail.getSubject());
        assertThat(SubscriptionTest.part(mail, "text/plain"), containsString("/formate/" + format.slug()));
    }

    /** Lets the opportunity watch look at this moment, and delivers what it caused. */
    private void watchAt(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
        watch.watch();
        sender.drain();
    }
}
