package org.mitwirken.voting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ballot", requiredProperties = { "channel", "dots", "remaining" })
public record BallotResponse(Channel channel, List<BallotRequest.Dots> dots,
        @Schema(description = "Dots still to distribute") int remaining,
        @Schema(description = "Only when a ballot without login is first cast: the device's secret to change it "
                + "later (header X-Ballot-Token); stored only as a hash", nullable = true) String ballotToken) {
}
