package org.mitwirken.registration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many came to the event, as counted there. */
@Schema(name = "AttendanceRequest", requiredProperties = "attendance")
public record AttendanceRequest(@NotNull @Min(0) @Max(1000000) Integer attendance) {
}
