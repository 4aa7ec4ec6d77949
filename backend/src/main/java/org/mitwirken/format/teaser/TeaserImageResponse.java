package org.mitwirken.format.teaser;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeaserImage", description = "The teaser image of a format, re-encoded by the server without metadata",
        requiredProperties = { "url", "altText", "width", "height" })
public record TeaserImageResponse(
        @Schema(description = "Relative URL of the image; it changes when the image is replaced") String url,
        @Schema(description = "What the image shows, for people who cannot see it") String altText,
        @Schema(description = "Width in pixels, at most 1600") int width,
        @Schema(description = "Height in pixels, at most 1600") int height) {

    /** The image of the format with this slug; the address names the content, so no cache shows a replaced one. */
    public static TeaserImageResponse of(TeaserImage image, String formatSlug) {
        return new TeaserImageResponse("/api/v1/formats/" + formatSlug + "/teaser-image?v=" + image.sha256.substring(0, 16),
                image.altText, image.width, image.height);
    }
}
