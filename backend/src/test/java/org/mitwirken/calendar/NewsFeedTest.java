package org.mitwirken.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.TestData.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.document.DocumentKind;
import org.mitwirken.document.DocumentResponse;
import org.mitwirken.document.DocumentService;
import org.mitwirken.document.DocumentUpload;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.synthesis.InputKey;
import org.mitwirken.synthesis.ResponseStatus;
import org.mitwirken.synthesis.SynthesisDtos.ResponseRequest;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;
import org.mitwirken.synthesis.SynthesisService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
@DisplayName("A process's news (Atom)")
class NewsFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("lists the published formats, their documents and the city's responses, newest first, each with a "
            + "stable id, its time and a link; the feed links to itself; markup in titles arrives as text; drafts "
            + "never appear")
    void newsOfAProcess() throws Exception {
        ProcessResponse process = aProcess().titled("INSEK <Kaiserslautern> & Umgebung").create();
        FormatResponse workshop = aFormatIn(process.slug()).titled("Werkstatt <b>Süd</b> & \"Nord\"")
                .on(LocalDate.of(2024, 10, 5)).participation(true, false, false).create();
        aFormatIn(process.slug()).titled("Entwurf").draft().create();
        DocumentResponse document = CDI.current().select(DocumentService.class).get().create(workshop.slug(),
                new DocumentUpload("Dokumentation der Werkstatt", DocumentKind.DOCUMENTATION, "doku.pdf", PDF, null));
        ResponseView response = respondTo(workshop, "Neuer Park", "Der Park kommt.");

        ExtractableResponse<Response> answer = api().when().get(feedPath(process)).then().statusCode(200)
                .extract();

        assertEquals("application/atom+xml;charset=utf-8", answer.contentType().replace(" ", "").toLowerCase());
        assertEquals("public, no-cache", answer.header("Cache-Control"));
        Element feed = parse(answer.asByteArray()).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("de", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        assertEquals("urn:uuid:" + process.id(), child(feed, "id").getTextContent());
        assertEquals("Neuigkeiten: INSEK <Kaiserslautern> & Umgebung", child(feed, "title").getTextContent());
        assertEquals(publicUrl() + "/api/v1/processes/" + process.slug() + "/feed.atom", link(feed, "self"));

        List<Element> entries = children(feed, "entry");
        assertEquals(List.of("urn:uuid:" + response.id(), "urn:uuid:" + document.id(), "urn:uuid:" + workshop.id()),
                entries.stream().map(entry -> child(entry, "id").getTextContent()).toList(),
                "newest first; the draft is not there");
        List<Instant> updated = entries.stream().map(entry -> Instant.parse(child(entry, "updated").getTextContent()))
                .toList();
        assertEquals(updated.stream().sorted(Comparator.reverseOrder()).toList(), updated);
        assertEquals(updated.get(0), Instant.parse(child(feed, "updated").getTextContent()));

        Element format = entries.get(2);
        assertEquals("Werkstatt <b>Süd</b> & \"Nord\"", child(format, "title").getTextContent());
        assertEquals("Beteiligungsformat", child(format, "category").getAttribute("term"));
        assertEquals(publicUrl() + "/formate/" + workshop.slug(), link(format, "alternate"));
        assertTrue(child(format, "summary").getTextContent().startsWith("05.10.2024: Kurzbeschreibung"));
        Element file = entries.get(1);
        assertEquals("Dokumentation der Werkstatt", child(file, "title").getTextContent());
        assertEquals(publicUrl() + "/api/v1/documents/" + document.id() + "/file", link(file, "alternate"));
        Element answerOfTheCity = entries.get(0);
        assertEquals("Antwort der Stadt", child(answerOfTheCity, "category").getAttribute("term"));
        assertEquals("Aufgegriffen: Der Park kommt.", child(answerOfTheCity, "summary").getTextContent());
        assertEquals(publicUrl() + "/formate/" + workshop.slug() + "/bericht", link(answerOfTheCity, "alternate"));

        api().header("If-None-Match", answer.header("ETag")).when().get(feedPath(process)).then().statusCode(304);
    }

    @Test
    @DisplayName("a draft or unknown process has no feed (404)")
    void noFeedForDrafts() {
        api().when().get(feedPath(aProcess().draft().create())).then().statusCode(404)
                .contentType("application/problem+json");
        api().when().get("/api/v1/processes/gibt-es-nicht/feed.atom").then().statusCode(404);
    }

    private static String feedPath(ProcessResponse process) {
        return "/api/v1/processes/" + process.slug() + "/feed.atom";
    }

    private static ResponseView respondTo(FormatResponse format, String title, String reason) {
        String comment = CDI.current().select(CommentService.class).get().create(new CommentRequest(
                CommentTargetType.FORMAT, format.id(), null, "Ein Park wäre schön", null), account("feed-reader"))
                .comment().id().toString();
        return CDI.current().select(SynthesisService.class).get().respond(new ResponseRequest(
                aFieldOfAction().titled("Grün").create().slug(), null, title, ResponseStatus.TAKEN_UP, reason,
                List.of(new InputKey(InputKind.COMMENT, comment)), null));
    }

    /** With the JDK's parser, namespace-aware, refusing a DOCTYPE as a feed reader should. */
    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one " + name);
        return found.get(0);
    }

    private static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> rel.equals(link.getAttribute("rel"))).findFirst()
                .orElseThrow(() -> new AssertionError("a " + rel + " link")).getAttribute("href");
    }

    /** Where the web app is reachable, which calendars and feeds link to. */
    private static String publicUrl() {
        return ConfigProvider.getConfig().getValue("mitwirken.public-url", String.class);
    }
}
