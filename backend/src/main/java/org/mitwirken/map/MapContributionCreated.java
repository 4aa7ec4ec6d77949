package org.mitwirken.map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MapContributionCreated", requiredProperties = { "contribution" })
public record MapContributionCreated(MapContributionView contribution,
        @Schema(nullable = true, description = "Anonymous contributions only: the secret to withdraw it later "
                + "(header X-Deletion-Token). Shown once, stored only as a hash.") String deletionToken) {
}
