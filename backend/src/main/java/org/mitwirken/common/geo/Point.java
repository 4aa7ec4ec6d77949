package org.mitwirken.common.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Point", description = "WGS 84 longitude and latitude in degrees", requiredProperties = { "lon", "lat" })
public record Point(
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat) {
}
