package org.mitwirken.map;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.PostedWhere;

@Schema(name = "MapModerationItem", description = "A pending or reported map contribution",
        requiredProperties = { "contribution", "openReports", "postedWhere" })
public record MapModerationItem(MapContributionView contribution,
        @Schema(description = "Reasons of reports not yet decided") List<String> openReports,
        @Schema(description = "The map portal it was placed on, at the contribution's own entry")
        PostedWhere postedWhere) {
}
