package org.mitwirken.subscription;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mitwirken.district.DistrictBuilder.aDistrict;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.subscription.Followers.follow;
import static org.mitwirken.support.Contract.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import org.mitwirken.mail.TestMailServer;
import org.mitwirken.outbox.OutboxSender;

@QuarkusTest
@WithTestResource(value = TestMailServer.class, scope = TestResourceScope.GLOBAL)
@DisplayName("Followers hear what became public: a new format, by mail with one-click unsubscribe")
class SubscriptionNewsTest {

    @Inject
    OutboxSender sender;

    @Inject
    FormatService formats;

    private String process;
    private String district;

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

        MimeMessage german = only(processOnly);
        assertEquals("Neu bei „INSEK Kaiserslautern“: Zukunftswerkstatt Oktober", german.getSubject());
        String text = SubscriptionTest.part(german, "text/plain");
        assertThat(text, containsString("Termin: 12.10.2024."));
        assertThat(text, containsString("/formate/" + format.slug()));
        assertThat(text, containsString("weil Sie „INSEK Kaiserslautern“ folgen"));
        String oneClick = german.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", german.getHeader("List-Unsubscribe-Post")[0]);

        MimeMessage english = only(both);
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

    private static MimeMessage only(String address) {
        List<MimeMessage> mails = TestMailServer.receivedBy(address);
        assertThat(address, mails, hasSize(1));
        return mails.get(0);
    }
}
