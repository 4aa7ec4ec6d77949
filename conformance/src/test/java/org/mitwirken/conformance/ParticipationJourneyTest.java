package org.mitwirken.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.client.ApiClient;
import org.mitwirken.client.ApiException;
import org.mitwirken.client.api.AccountApi;
import org.mitwirken.client.api.CommentsApi;
import org.mitwirken.client.api.DocumentsApi;
import org.mitwirken.client.api.FormatsApi;
import org.mitwirken.client.api.PrioritisationApi;
import org.mitwirken.client.api.ProcessesApi;
import org.mitwirken.client.api.StatisticsApi;
import org.mitwirken.client.model.Ballot;
import org.mitwirken.client.model.BallotRequest;
import org.mitwirken.client.model.Comment;
import org.mitwirken.client.model.CommentCreated;
import org.mitwirken.client.model.CommentRequest;
import org.mitwirken.client.model.CommentTargetType;
import org.mitwirken.client.model.Document;
import org.mitwirken.client.model.DocumentKind;
import org.mitwirken.client.model.Dots;
import org.mitwirken.client.model.Format;
import org.mitwirken.client.model.FormatKind;
import org.mitwirken.client.model.FormatRequest;
import org.mitwirken.client.model.PhaseRequest;
import org.mitwirken.client.model.ProcessRequest;
import org.mitwirken.client.model.ProcessStatus;
import org.mitwirken.client.model.VotingRound;

@DisplayName("A third-party app takes part with a generated Java client, anonymously and after a Keycloak login")
class ParticipationJourneyTest {

    @Test
    @DisplayName("an anonymous comment is withdrawn with its deletion token; the 204 needs no JSON")
    void anonymousCommentAndWithdrawal() throws ApiException {
        ApiClient client = Clients.anonymous();
        Format walks = new FormatsApi(client).getFormat("begehungen-ortsbezirke-2024");
        CommentsApi comments = new CommentsApi(client);
        CommentCreated created = comments.createComment(new CommentRequest().targetType(CommentTargetType.FORMAT)
                .targetId(walks.getId()).text("Mehr Bänke entlang der Lauter, bitte.").pseudonym("Konformität"));
        assertNotNull(created.getDeletionToken());
        comments.withdrawComment(created.getComment().getId(), created.getDeletionToken());
    }

    @Test
    @DisplayName("a logged-in citizen's comment is theirs: the token is sent where the login is optional")
    void loggedInComment() throws ApiException {
        ApiClient citizen = Clients.loggedInAs("citizen");
        Format walks = new FormatsApi(citizen).getFormat("begehungen-ortsbezirke-2024");
        CommentsApi comments = new CommentsApi(citizen);
        CommentCreated created = comments.createComment(new CommentRequest().targetType(CommentTargetType.FORMAT)
                .targetId(walks.getId()).text("Ein Radweg zur Uni fehlt."));
        List<Comment> mine = comments.listComments(walks.getId(), CommentTargetType.FORMAT, 0, 100).getItems()
                .stream().filter(comment -> comment.getId().equals(created.getComment().getId())).toList();
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).getWrittenByMe(), "the list knows who asks");
        comments.withdrawComment(created.getComment().getId(), null);
        assertNotNull(new AccountApi(citizen).exportMyData().getSections());
        assertTrue(new StatisticsApi(Clients.loggedInAs("moderator")).getStatistics().getTotals().size() > 0,
                "staff see the statistics");
    }

    @Test
    @DisplayName("a ballot on a device without login, read back and changed with the device token the server issued")
    void ballotByDeviceToken() throws ApiException {
        ApiClient client = Clients.anonymous();
        PrioritisationApi voting = new PrioritisationApi(client);
        VotingRound round = voting.listVotingRounds("buergerbeteiligung-13-11-2024").get(0);
        Ballot first = voting.castBallot(round.getId(), new BallotRequest()
                .dots(List.of(new Dots().item(round.getItems().get(0).getId()).dots(2))), null);
        String device = first.getBallotToken();
        assertNotNull(device);
        Ballot cast = voting.castBallot(round.getId(), new BallotRequest()
                .dots(List.of(new Dots().item(round.getItems().get(1).getId()).dots(1))), device);
        Ballot mine = voting.getMyBallot(round.getId(), device);
        assertEquals(cast.getDots(), mine.getDots());
    }

    @Test
    @DisplayName("an admin creates a process and a format, uploads, downloads and deletes a document, and cleans up")
    void adminPublishesADocument() throws Exception {
        ApiClient admin = Clients.loggedInAs("admin");
        String slug = "konformitaet-" + UUID.randomUUID().toString().substring(0, 8);
        new ProcessesApi(admin).createProcess(new ProcessRequest().slug(slug).title("Konformitätsprüfung")
                .summary("Ein Prozess der Konformitätstests").status(ProcessStatus.ONGOING).phases(List.of(new PhaseRequest().slug("phase")
                        .title("Phase").startsOn(LocalDate.of(2026, 1, 1)))));
        FormatsApi formats = new FormatsApi(admin);
        Format format = formats.createFormat(new FormatRequest().slug(slug).process(slug).phase("phase")
                .kind(FormatKind.FUTURE_WORKSHOP).title("Werkstatt der Tests").summary("Geprüft mit generierten Clients")
                .startsOn(LocalDate.of(2026, 2, 1)));
        File pdf = File.createTempFile("konformitaet", ".pdf");
        Files.write(pdf.toPath(), minimalPdf());
        DocumentsApi documents = new DocumentsApi(admin);
        Document document = documents.uploadDocument(format.getSlug(), "Protokoll", DocumentKind.DOCUMENTATION, pdf);
        File downloaded = documents.downloadDocument(document.getId());
        assertEquals(Files.size(pdf.toPath()), Files.size(downloaded.toPath()));
        documents.deleteDocument(document.getId(), format.getSlug());
        formats.deleteFormat(format.getSlug());
        new ProcessesApi(admin).deleteProcess(slug);
    }

    private static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
