package org.mitwirken.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.document.DocumentResponse;
import org.mitwirken.document.DocumentService;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;
import org.mitwirken.process.ProcessResponse;
import org.mitwirken.process.ProcessService;
import org.mitwirken.synthesis.SynthesisDtos.ResponseView;
import org.mitwirken.synthesis.SynthesisService;

/**
 * A process's news as an Atom feed (RFC 4287), from what the public can already read: its published formats, the
 * documents published with them and the city's official responses to input from them (those the formats' short
 * summaries list). Each entry's id is the item's own UUID, so an entry stays the same entry when it changes; its
 * {@code updated} is when the item last changed. Newest first.
 */
@ApplicationScoped
public class NewsFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    ProcessService processes;

    @Inject
    FormatService formats;

    @Inject
    DocumentService documents;

    @Inject
    SynthesisService synthesis;

    @Inject
    PublicAddresses addresses;

    /** One entry: what it is about, in the feed's words. */
    record Entry(UUID id, String category, String title, String summary, String link, String linkType,
            Instant updated) {
    }

    /** The feed of a process the public may see; 404 for any other. */
    public byte[] ofProcess(String slug) {
        ProcessResponse process = processes.get(slug, false);
        List<FormatResponse> published = formats.publicResponsesInProcess(process.id());
        List<Entry> entries = new ArrayList<>();
        for (FormatResponse format : published) {
            entries.add(new Entry(format.id(), "Beteiligungsformat", format.title(),
                    CalendarService.when(format) + ": " + format.summary(), addresses.format(format.slug()),
                    "text/html", format.updatedAt()));
            for (DocumentResponse document : documents.publicOfFormat(format.slug())) {
                entries.add(new Entry(document.id(), "Dokument", document.title(),
                        "Zum Format „" + format.title() + "“: " + document.fileName(),
                        addresses.page(document.downloadUrl()), document.contentType(), document.updatedAt()));
            }
        }
        Set<String> slugs = published.stream().map(FormatResponse::slug).collect(Collectors.toSet());
        for (ResponseView response : synthesis.responsesForFormats(slugs)) {
            // The short summary of a format the response answers input from lists the response with that input.
            String format = response.answered().stream().map(Input::format).filter(slugs::contains).findFirst()
                    .orElseThrow();
            entries.add(new Entry(response.id(), "Antwort der Stadt", response.title(),
                    response.status().german() + ": " + response.reason(), addresses.format(format) + "/bericht",
                    "text/html", response.updatedAt()));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        Instant updated = entries.stream().map(Entry::updated)
                .reduce(process.updatedAt(), (one, other) -> one.isAfter(other) ? one : other);
        try {
            return write(process, entries, updated);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an Atom feed is written to memory", e);
        }
    }

    private byte[] write(ProcessResponse process, List<Entry> entries, Instant updated) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "de");
        element(xml, "id", "urn:uuid:" + process.id());
        element(xml, "title", "Neuigkeiten: " + process.title());
        element(xml, "subtitle", process.summary());
        element(xml, "updated", timestamp(updated));
        link(xml, "self", addresses.page("/api/v1/processes/" + process.slug() + "/feed.atom"),
                "application/atom+xml");
        link(xml, "alternate", addresses.page("/"), "text/html");
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", "Mitwirken");
        xml.writeEndElement();
        for (Entry entry : entries) {
            xml.writeStartElement(ATOM, "entry");
            element(xml, "id", "urn:uuid:" + entry.id());
            element(xml, "title", entry.title());
            element(xml, "updated", timestamp(entry.updated()));
            link(xml, "alternate", entry.link(), entry.linkType());
            xml.writeEmptyElement(ATOM, "category");
            xml.writeAttribute("term", entry.category());
            element(xml, "summary", entry.summary());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(withoutControlCharacters(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, to the second. */
    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** XML 1.0 cannot carry most control characters at all, escaped or not; line breaks and tabs stay. */
    private static String withoutControlCharacters(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
