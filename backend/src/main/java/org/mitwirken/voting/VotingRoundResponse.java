package org.mitwirken.voting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.IntegrityMode;

@Schema(name = "VotingRound", requiredProperties = { "id", "format", "title", "itemType", "items",
        "dotsPerParticipant", "maxDotsPerItem", "opensAt", "closesAt", "open", "integrityMode" })
public record VotingRoundResponse(UUID id, @Schema(description = "Slug of the format") String format, String title,
        VotingItemType itemType, List<Item> items, int dotsPerParticipant, int maxDotsPerItem, Instant opensAt,
        Instant closesAt, @Schema(description = "Ballots are accepted now") boolean open,
        IntegrityMode integrityMode) {

    @Schema(name = "VotingItem", requiredProperties = { "id", "title" })
    public record Item(UUID id, String title) {
    }
}
