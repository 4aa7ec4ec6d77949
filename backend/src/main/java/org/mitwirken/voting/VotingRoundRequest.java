package org.mitwirken.voting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.common.validation.PrintableText;

@Schema(name = "VotingRoundRequest", description = "A dot-voting round as an admin opens it")
public record VotingRoundRequest(
        @Schema(description = "Slug of the format the round belongs to") @NotBlank String format,
        @NotBlank @Size(max = 200) @PrintableText String title,
        @NotNull VotingItemType itemType,
        @Schema(description = "Ids of the published goals or fields of action to prioritise, in display order")
        @NotNull @Size(min = 2, max = 30) List<@NotNull UUID> items,
        @NotNull @Min(1) @Max(50) Integer dotsPerParticipant,
        @NotNull @Min(1) @Max(50) Integer maxDotsPerItem,
        @NotNull Instant opensAt,
        @NotNull Instant closesAt,
        @Schema(description = "Who may vote: OPEN (anyone; without login rate-limited per connection), "
                + "ONE_PER_ACCOUNT (a login with a verified e-mail address, once) or PARTICIPATION_CODE (printed "
                + "single-use codes). Defaults to OPEN.") IntegrityMode integrityMode) {
}
