package org.mitwirken.document;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.multipart;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.common.PublicationState;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.format.FormatService;

@QuarkusTest
@DisplayName("Documents")
class DocumentResourceTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String FILE_NAME = "Präsentation_13.11.2024.pdf";

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an uploaded PDF is listed and downloads with its type, UTF-8 file name, ETag and caching")
    void uploadListAndDownload() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        String id = upload(format.slug(), "Präsentation zur Bürgerbeteiligung", PDF, FILE_NAME)
                .then().statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("fileName", equalTo(FILE_NAME))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");

        api().when().get("/api/v1/formats/" + format.slug() + "/documents")
                .then().statusCode(200).body("items.title", contains("Präsentation zur Bürgerbeteiligung"));
        var download = api().when().get("/api/v1/documents/" + id + "/file")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''Pr%C3%A4sentation_13.11.2024.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .extract();
        assertArrayEquals(PDF, download.asByteArray());
        api().header("If-None-Match", download.header("ETag")).when().get("/api/v1/documents/" + id + "/file")
                .then().statusCode(304);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an executable renamed to .pdf is refused by its content, and nothing is stored")
    void refusesSpoofedFiles() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        byte[] executable = "MZ\u0090\u0000this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

        upload(format.slug(), "Harmlos", executable, "harmlos.pdf")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("urn:mitwirken:problem:unsupported-media-type"));
        api().when().get("/api/v1/formats/" + format.slug() + "/documents").then().body("items", empty());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a file over the configured size limit is refused with a 413 problem")
    void refusesOversizedFiles() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        byte[] large = Arrays.copyOf(PDF, 300_000);

        upload(format.slug(), "Zu groß", large, "gross.pdf")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("title and kind are validated, and a file is required")
    void validatesFields() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        multipart().multiPart("title", " ").multiPart("kind", "FLYER")
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .when().post("/api/v1/formats/" + format.slug() + "/documents")
                .then().statusCode(400).body("violations.field", contains("kind", "title"));
        multipart().multiPart("title", "Ohne Datei").multiPart("kind", "SUMMARY")
                .when().post("/api/v1/formats/" + format.slug() + "/documents")
                .then().statusCode(400).body("violations.field", contains("file"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("metadata changes need the current version; deleting removes the download")
    void replaceAndDelete() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String id = upload(format.slug(), "Alt", PDF, "alt.pdf").then().statusCode(201).extract().path("id");
        String documents = "/api/v1/formats/" + format.slug() + "/documents/";

        multipart().multiPart("title", "Neu").multiPart("kind", "SUMMARY").multiPart("version", "0")
                .when().put(documents + id)
                .then().statusCode(200).body("title", equalTo("Neu")).body("fileName", equalTo("alt.pdf"));
        multipart().multiPart("title", "Veraltet").multiPart("kind", "SUMMARY").multiPart("version", "0")
                .when().put(documents + id).then().statusCode(409);
        api().when().delete(documents + id).then().statusCode(204);
        api().when().get("/api/v1/documents/" + id + "/file").then().statusCode(404);
    }

    @Test
    @DisplayName("a public document is revalidated before reuse, so once its format is unpublished it is gone at once")
    void unpublishedDocumentsGoAtOnce() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String id = DocumentFixtures.upload(format.slug(), PDF).id().toString();
        String etag = api().when().get("/api/v1/documents/" + id + "/file").then().statusCode(200)
                .header("Cache-Control", "public, no-cache").extract().header("ETag");

        CDI.current().select(FormatService.class).get().setPublicationState(format.slug(), PublicationState.DRAFT);

        api().header("If-None-Match", etag).when().get("/api/v1/documents/" + id + "/file").then().statusCode(404)
                .header("Cache-Control", "no-store");
    }

    @Test
    @DisplayName("documents of a draft format are neither listed nor downloadable for the public")
    void draftFormatsKeepTheirDocuments() {
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();
        String id = DocumentFixtures.upload(draft.slug(), PDF).id().toString();

        api().when().get("/api/v1/formats/" + draft.slug() + "/documents").then().statusCode(404);
        api().when().get("/api/v1/documents/" + id + "/file").then().statusCode(404);
    }

    @Test
    @DisplayName("uploads need a token (401) ...")
    void anonymousUpload() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        upload(format.slug(), "Anonym", PDF, "a.pdf").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen")
    @DisplayName("... and the admin role (403), for uploading and deleting")
    void citizenUploadAndDelete() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String id = DocumentFixtures.upload(format.slug(), PDF).id().toString();

        upload(format.slug(), "Bürger", PDF, "a.pdf").then().statusCode(403);
        api().when().delete("/api/v1/formats/" + format.slug() + "/documents/" + id).then().statusCode(403);
        api().when().get("/api/v1/documents/" + id + "/file").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    @DisplayName("moderators may not upload either")
    void moderatorUpload() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        upload(format.slug(), "Moderation", PDF, "a.pdf").then().statusCode(403);
    }

    private static io.restassured.response.Response upload(String format, String title, byte[] content,
            String fileName) {
        RequestSpecification request = multipart().multiPart("title", title, "text/plain; charset=UTF-8").multiPart("kind", "PRESENTATION")
                .multiPart("file", fileName, content, "application/pdf");
        return request.when().post("/api/v1/formats/" + format + "/documents");
    }
}
