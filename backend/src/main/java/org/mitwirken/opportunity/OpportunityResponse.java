package org.mitwirken.opportunity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.common.participation.OpportunitySource.Requirement;
import org.mitwirken.format.Reference;

@Schema(name = "Opportunity", description = "Something a citizen can take part in now",
        requiredProperties = { "kind", "id", "title", "format", "process", "districts", "needs", "path" })
public record OpportunityResponse(
        OpportunityKind kind,
        @Schema(description = "The survey's slug, the voting round's id or the format's slug") String id,
        String title,
        @Schema(description = "The format it belongs to") Reference format,
        Reference process,
        @Schema(description = "The Ortsbezirke it concerns; empty: the whole city") List<Reference> districts,
        @Schema(description = "Open since; null when always open") Instant opensAt,
        @Schema(description = "Open until (exclusive); null when open until further notice") Instant closesAt,
        @Schema(description = "What it takes; empty: anyone, without an account") List<Requirement> needs,
        @Schema(description = "Where to read it in this API, e.g. /api/v1/surveys/{slug}") String path) {
}
