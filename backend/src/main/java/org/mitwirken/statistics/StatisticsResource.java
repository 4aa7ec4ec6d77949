package org.mitwirken.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.Roles;

@Path("/api/v1/statistics")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
    @Operation(operationId = "getStatistics", summary = "Participation over time, per format, district and channel, "
            + "with moderation throughput (staff)")
    public Statistics staff() {
        return statistics.compute(true);
    }

    @GET
    @Path("/public")
    @PermitAll
    @Operation(operationId = "getPublicStatistics", summary = "The same numbers for everyone; counts of 1 to 4 are "
            + "suppressed")
    public Statistics forEveryone() {
        return statistics.compute(false);
    }
}
