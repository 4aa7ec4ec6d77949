package org.mitwirken.format.teaser;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.multipart;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.support.DatabaseScan;

@QuarkusTest
@DisplayName("Teaser images of formats")
class TeaserImageTest {
    private static final String ALT = "Blick über den Stiftsplatz mit dem Brunnen im Vordergrund";

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("an admin sets a JPEG with its alternative text; the format names it and the public gets the image")
    void setAndServe() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        put(format.slug(), TestImages.jpeg(800, 450), ALT).then().statusCode(200)
                .body("altText", equalTo(ALT)).body("width", equalTo(800)).body("height", equalTo(450))
                .body("url", startsWith("/api/v1/formats/" + format.slug() + "/teaser-image?v="));

        String url = api().when().get("/api/v1/formats/" + format.slug()).then().statusCode(200)
                .body("teaserImage.altText", equalTo(ALT)).body("teaserImage.width", equalTo(800))
                .body("teaserImage.height", equalTo(450)).extract().path("teaserImage.url");
        byte[] served = api().when().get(url).then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        BufferedImage image = TestImages.read(served);
        assertEquals(List.of(800, 450), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    @DisplayName("the public gets it with a strong ETag, revalidated before reuse: asking again with it gives 304")
    void etagAndCaching() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        stored(format.slug(), TestImages.png(300, 200, false));
        String path = "/api/v1/formats/" + format.slug() + "/teaser-image";

        String etag = api().when().get(path).then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "public, no-cache").extract().header("ETag");

        assertTrue(etag.startsWith("\""), "a strong ETag, not W/: " + etag);
        api().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", etag);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("EXIF data of a photo, GPS position included, is neither stored nor served; the photo is turned upright")
    void exifIsStripped() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String position = "GPS-49.44470N-7.76900E-" + UUID.randomUUID();
        // Orientation 6: the camera was held upright, the pixels lie on their side.
        byte[] photo = TestImages.withExif(TestImages.jpeg(400, 200), 6, position);
        assertTrue(TestImages.contains(photo, position.getBytes(StandardCharsets.US_ASCII)), "the upload has it");

        put(format.slug(), photo, ALT).then().statusCode(200).body("width", equalTo(200)).body("height", equalTo(400));
        byte[] served = api().when().get("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(200)
                .extract().asByteArray();

        assertFalse(TestImages.contains(served, position.getBytes(StandardCharsets.US_ASCII)), "GPS position served");
        assertFalse(TestImages.contains(served, "Exif\0\0".getBytes(StandardCharsets.US_ASCII)), "EXIF segment served");
        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, position), "GPS position stored");
        BufferedImage upright = TestImages.read(served);
        assertEquals(List.of(200, 400), List.of(upright.getWidth(), upright.getHeight()));
        // Turned right: the red left half of the pixels is now on top.
        assertTrue(isRed(upright.getRGB(100, 50)) && !isRed(upright.getRGB(100, 350)), "turned the right way");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("a large image is scaled to 1600 px wide; a PNG stays a PNG and keeps its transparency")
    void scaledDown() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();

        put(format.slug(), TestImages.png(3200, 1000, true), ALT).then().statusCode(200)
                .body("width", equalTo(1600)).body("height", equalTo(500));

        byte[] served = api().when().get("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage image = TestImages.read(served);
        assertEquals(List.of(1600, 500), List.of(image.getWidth(), image.getHeight()));
        assertEquals(0, image.getRGB(1500, 250) >>> 24, "the transparent half stays transparent");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("replacing changes the image and its address, without a file only the alternative text changes; "
            + "removing leaves the format without")
    void replaceAndRemove() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String first = put(format.slug(), TestImages.jpeg(800, 450), ALT).then().statusCode(200).extract().path("url");

        String second = put(format.slug(), TestImages.png(640, 480, false), "Plan des Stadtteils").then()
                .statusCode(200).body("altText", equalTo("Plan des Stadtteils")).body("width", equalTo(640))
                .extract().path("url");
        assertFalse(first.equals(second), "a new address for a new image");
        api().when().get(second).then().statusCode(200).contentType("image/png");
        multipart().multiPart("altText", "Plan des Stadtteils mit den neuen Radwegen", "text/plain; charset=UTF-8")
                .when().put("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(200)
                .body("url", equalTo(second)).body("width", equalTo(640))
                .body("altText", equalTo("Plan des Stadtteils mit den neuen Radwegen"));

        api().when().delete("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(204);
        api().when().get("/api/v1/formats/" + format.slug()).then().statusCode(200).body("teaserImage", nullValue());
        api().when().get("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(404)
                .contentType("application/problem+json");
        api().when().delete("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("GIF, PDF and WebP are refused at the field with their own codes, in German and in English")
    void refusedTypes() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] other : List.of(TestImages.gif(40, 30), pdf)) {
            put(format.slug(), other, ALT).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("file"))
                    .body("violations[0].code", equalTo("image-type-not-accepted"))
                    .body("violations[0].message", equalTo("muss ein Bild im Format JPEG oder PNG sein; der Inhalt "
                            + "dieser Datei ist keins"));
        }
        put(format.slug(), webp, ALT).then().statusCode(400)
                .body("violations[0].field", equalTo("file")).body("violations[0].code", equalTo("webp-not-accepted"));
        multipart().header("Accept-Language", "en").multiPart("altText", ALT, "text/plain; charset=UTF-8")
                .multiPart("file", "bild.webp", webp, "image/webp")
                .when().put("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(400)
                .body("violations[0].message", startsWith("is a WebP image; please save it as JPEG or PNG"));
        put(format.slug(), Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 2000), ALT)
                .then().statusCode(400).body("violations[0].code", equalTo("image-unreadable"));
        api().when().get("/api/v1/formats/" + format.slug()).then().body("teaserImage", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("too large a file and too many pixels are refused at the field, and the stored image stays as it was")
    void refusedSizes() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String url = put(format.slug(), TestImages.jpeg(800, 450), ALT).then().statusCode(200).extract().path("url");
        byte[] before = api().when().get(url).then().statusCode(200).extract().asByteArray();
        // The tests allow 1 MB; the content behind a PNG signature does not matter, the size is checked first.
        byte[] large = Arrays.copyOf(TestImages.png(10, 10, false), 1_100_000);

        put(format.slug(), large, "Zu groß").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].code", equalTo("image-file-too-large"))
                .body("violations[0].arguments.maxMegabytes", equalTo(1))
                .body("violations[0].message", equalTo("darf höchstens 1 MB groß sein"));
        // 60000 × 60000 pixels in a few hundred bytes: decoded, 14 GB.
        multipart().header("Accept-Language", "en").multiPart("altText", "Bombe", "text/plain; charset=UTF-8")
                .multiPart("file", "bombe.png", TestImages.pngClaiming(60_000, 60_000), "image/png")
                .when().put("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("violations[0].code", equalTo("image-too-many-pixels"))
                .body("violations[0].arguments.width", equalTo(60_000))
                .body("violations[0].message", equalTo("has 60000 × 60000 pixels; at most 40 million are accepted"));

        api().when().get("/api/v1/formats/" + format.slug()).then().body("teaserImage.url", equalTo(url))
                .body("teaserImage.altText", equalTo(ALT));
        assertArrayEquals(before, api().when().get(url).then().statusCode(200).extract().asByteArray());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("the alternative text is required, printable and at most 300 characters; a first image needs a file")
    void validatesFields() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        String path = "/api/v1/formats/" + format.slug() + "/teaser-image";

        put(format.slug(), TestImages.jpeg(80, 45), " ").then().statusCode(400)
                .body("violations[0].field", equalTo("altText")).body("violations[0].code", equalTo("required"));
        put(format.slug(), TestImages.jpeg(80, 45), "x".repeat(301)).then().statusCode(400)
                .body("violations[0].code", equalTo("too-long"));
        put(format.slug(), TestImages.jpeg(80, 45), "Zeile eins\nZeile zwei").then().statusCode(400)
                .body("violations[0].code", equalTo("unprintable"));
        multipart().multiPart("altText", ALT, "text/plain; charset=UTF-8").when().put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("file")).body("violations[0].code", equalTo("required"));
        api().when().get(path).then().statusCode(404);
    }

    @Test
    @DisplayName("the image of a draft format is not public: no image, and the format itself is not found")
    void draftsAreNotPublic() {
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();
        stored(draft.slug(), TestImages.jpeg(80, 45));

        api().when().get("/api/v1/formats/" + draft.slug() + "/teaser-image").then().statusCode(404);
        api().when().get("/api/v1/formats/" + draft.slug()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("admins see the image of a draft format, to check it before publishing")
    void adminsSeeDrafts() {
        FormatResponse draft = aFormatIn(aProcess().create().slug()).draft().create();
        stored(draft.slug(), TestImages.jpeg(80, 45));

        api().when().get("/api/v1/formats/" + draft.slug() + "/teaser-image").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
        api().when().get("/api/v1/formats/" + draft.slug()).then().body("teaserImage.width", equalTo(80));
    }

    @Test
    @DisplayName("setting and removing need a token (401) ...")
    void anonymous() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        stored(format.slug(), TestImages.jpeg(80, 45));

        put(format.slug(), TestImages.jpeg(80, 45), ALT).then().statusCode(401);
        api().when().delete("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(401);
        api().when().get("/api/v1/formats/" + format.slug()).then().body("teaserImage.width", equalTo(80));
    }

    @Test
    @TestSecurity(user = "citizen")
    @DisplayName("... and the admin role (403): citizens may only look")
    void citizen() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        stored(format.slug(), TestImages.jpeg(80, 45));

        put(format.slug(), TestImages.jpeg(120, 45), ALT).then().statusCode(403);
        api().when().delete("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(403);
        api().when().get("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(200)
                .header("Cache-Control", "private, no-cache");
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    @DisplayName("moderators may not set or remove it either")
    void moderator() {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        stored(format.slug(), TestImages.jpeg(80, 45));

        put(format.slug(), TestImages.jpeg(120, 45), ALT).then().statusCode(403);
        api().when().delete("/api/v1/formats/" + format.slug() + "/teaser-image").then().statusCode(403);
        api().when().get("/api/v1/formats/" + format.slug()).then().body("teaserImage.width", equalTo(80));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("deleting a format deletes its image")
    void deletedWithItsFormat() throws SQLException {
        FormatResponse format = aFormatIn(aProcess().create().slug()).create();
        stored(format.slug(), TestImages.jpeg(80, 45));
        assertEquals(2, rowsOf(format.id()));

        api().when().delete("/api/v1/formats/" + format.slug()).then().statusCode(204);

        assertEquals(0, rowsOf(format.id()));
    }

    private static Response put(String slug, byte[] image, String altText) {
        return multipart().multiPart("altText", altText, "text/plain; charset=UTF-8")
                .multiPart("file", "bild", image, "application/octet-stream")
                .when().put("/api/v1/formats/" + slug + "/teaser-image");
    }

    /** Stores an image through the service, the way an admin's upload would. */
    private static void stored(String slug, byte[] image) {
        try {
            Path file = Files.createTempFile("teaser", ".upload");
            Files.write(file, image);
            CDI.current().select(TeaserImageService.class).get().put(slug, ALT, file);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of the image and of its bytes for this format: two while it has one. */
    private int rowsOf(UUID formatId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select (select count(*) from format_teaser_image where format_id = ?) "
                        + "+ (select count(*) from format_teaser_image_content where format_id = ?)")) {
            statement.setObject(1, formatId);
            statement.setObject(2, formatId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb & 0xFF) < 80;
    }
}
