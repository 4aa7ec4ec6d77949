package org.mitwirken.voting;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VotingResults", requiredProperties = { "round", "closed", "ballots", "items" })
public record ResultsResponse(UUID round, @Schema(description = "True once the round has closed: final results")
        boolean closed, Tally ballots, List<ItemResult> items) {

    @Schema(name = "Tally", description = "Online and on-site counts apart and together",
            requiredProperties = { "online", "onSite", "total" })
    public record Tally(long online, long onSite, long total) {
    }

    @Schema(name = "ItemResult", requiredProperties = { "item", "title", "dots" })
    public record ItemResult(UUID item, String title, Tally dots) {
    }
}
