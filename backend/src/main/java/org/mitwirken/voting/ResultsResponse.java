package org.mitwirken.voting;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.integrity.Admission;
import org.mitwirken.integrity.Channel;
import org.mitwirken.integrity.IntegrityMode;

@Schema(name = "VotingResults", requiredProperties = { "round", "closed", "integrityMode", "ballots", "admissions",
        "items" })
public record ResultsResponse(UUID round, @Schema(description = "True once the round has closed: final results")
        boolean closed, IntegrityMode integrityMode, Tally ballots,
        @Schema(description = "Ballots by the right they were cast with and where they count, so a result can be "
                + "read critically; combinations without ballots are left out") List<AdmissionCount> admissions,
        List<ItemResult> items) {

    @Schema(name = "Tally", description = "Online and on-site counts apart and together",
            requiredProperties = { "online", "onSite", "total" })
    public record Tally(long online, long onSite, long total) {
    }

    @Schema(name = "ItemResult", requiredProperties = { "item", "title", "dots" })
    public record ItemResult(UUID item, String title, Tally dots) {
    }

    @Schema(name = "BallotAdmissionCount", requiredProperties = { "admission", "channel", "ballots" })
    public record AdmissionCount(
            @Schema(description = "ANONYMOUS: without login (device, rate-limited); ACCOUNT: by login; CODE: with a "
                    + "printed participation code") Admission admission,
            Channel channel, long ballots) {
    }
}
