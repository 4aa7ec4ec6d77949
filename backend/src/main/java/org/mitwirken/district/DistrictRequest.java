package org.mitwirken.district;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.Slugs;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "DistrictRequest", description = "An Ortsbezirk as an admin writes it")
public record DistrictRequest(
        @Schema(description = "Derived from the name when omitted") @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = "{slug}") String slug,
        @NotBlank @Size(max = 200) @PrintableText String name,
        @Schema(description = "The boundary, [longitude, latitude]", ref = "GeoJsonArea") JsonNode boundary,
        @Schema(description = "Required when updating: the version last read; a stale one gives 409") Long version) {
}
