package org.mitwirken.opportunity;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mitwirken.common.participation.OpportunitySource.OpportunityKind;
import org.mitwirken.common.validation.OneOf;

/** Filters of the opportunity list; each narrows it, none widens it. */
public class OpportunityQuery {

    @QueryParam("kind")
    @OneOf(OpportunityKind.class)
    @Parameter(description = "Only this kind", schema = @Schema(implementation = OpportunityKind.class))
    public String kind;

    @QueryParam("process")
    @Size(max = 120)
    @Parameter(description = "Slug of a process")
    public String process;

    @QueryParam("district")
    @Size(max = 120)
    @Parameter(description = "Slug of a district (Ortsbezirk); what concerns the whole city is always included")
    public String district;

    @QueryParam("withoutAccount")
    @Parameter(description = "true: only what anyone can do without an account or code")
    public Boolean withoutAccount;

    boolean matches(OpportunityResponse opportunity) {
        return (kind == null || opportunity.kind().name().equals(kind))
                && (process == null || opportunity.process().slug().equals(process))
                && (district == null || opportunity.districts().isEmpty()
                        || opportunity.districts().stream().anyMatch(d -> d.slug().equals(district)))
                && (!Boolean.TRUE.equals(withoutAccount) || opportunity.needs().isEmpty());
    }
}
