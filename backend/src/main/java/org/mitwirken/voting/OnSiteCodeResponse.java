package org.mitwirken.voting;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OnSiteCode", description = "The proof of presence for the projector: shown on the screen and carried "
        + "by its QR code; a ballot sent with it counts ON_SITE", requiredProperties = { "code", "changesAt",
                "acceptedUntil" })
public record OnSiteCodeResponse(String code,
        @Schema(description = "When the screen shows the next code") Instant changesAt,
        @Schema(description = "Until when this code is still accepted (the grace period after it changed)")
        Instant acceptedUntil) {
}
