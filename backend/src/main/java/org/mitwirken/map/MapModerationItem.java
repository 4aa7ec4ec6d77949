package org.mitwirken.map;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MapModerationItem", description = "A pending or reported map contribution",
        requiredProperties = { "contribution", "openReports" })
public record MapModerationItem(MapContributionView contribution,
        @Schema(description = "Reasons of reports not yet decided") List<String> openReports) {
}
