package org.mitwirken.map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "MapContributionRequest", description = "Give exactly one of location (a point on the map), place "
        + "(a named place from /api/v1/map/places) or district (its slug): all three write the same record.")
public record MapContributionRequest(
        @Schema(description = "Slug of the format whose map portal it belongs to") @NotBlank String format,
        @NotNull MapCategory category,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @NotBlank @Size(max = 5000) String text,
        @Valid Point location,
        @Schema(description = "Name of a place from the list") @Size(max = 200) String place,
        @Schema(description = "Slug of a district") @Size(max = 120) String district,
        @Schema(description = "Required without login, where the format allows anonymous contributions")
        @Size(min = 2, max = 50) @PrintableText String pseudonym) {
}
