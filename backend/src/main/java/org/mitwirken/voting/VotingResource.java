package org.mitwirken.voting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.Tokens;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.problem.ProblemException;

@Path("/api/v1/votings")
@Tag(name = "Prioritisation")
@Produces(MediaType.APPLICATION_JSON)
public class VotingResource {
    private static final Duration LIVE_POLL = Duration.ofMillis(250);

    @Inject
    VotingService service;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Operation(operationId = "listVotingRounds", summary = "The voting rounds of a format")
    public List<VotingRoundResponse> list(@QueryParam("format") @NotBlank @Parameter(required = true,
            description = "Slug of the format") String format) {
        return service.forFormat(format, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getVotingRound", summary = "A voting round with its items")
    public VotingRoundResponse get(@PathParam("id") UUID id) {
        return service.get(id, viewer.canSeeDrafts());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createVotingRound", summary = "Open a dot-voting round on a format")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VotingRoundResponse.class)))
    public Response create(@NotNull @Valid VotingRoundRequest request, @Context UriInfo uri) {
        VotingRoundResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeVotingRound", summary = "Close a round now; its results become final",
            description = "A round that has already closed stays as it is.")
    public VotingRoundResponse close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "castBallot", summary = "Cast or change one's ballot",
            description = "With login, or with the device's `X-Ballot-Token`; without either a token is issued in "
                    + "the answer. 409 while the round is not open.")
    public BallotResponse cast(@PathParam("id") UUID id, @NotNull @Valid BallotRequest request,
            @HeaderParam("X-Ballot-Token") @Parameter(description = "The device's ballot token") String token) {
        String issued = viewer.account() == null && (token == null || token.isBlank()) ? Tokens.newSecret() : null;
        return service.cast(id, request, participant(issued != null ? issued : token), issued);
    }

    @GET
    @Path("/{id}/ballots/mine")
    @PermitAll
    @Operation(operationId = "getMyBallot", summary = "One's own ballot (by login or X-Ballot-Token)")
    public BallotResponse mine(@PathParam("id") UUID id, @HeaderParam("X-Ballot-Token") String token) {
        return service.ballot(id, participant(token));
    }

    @GET
    @Path("/{id}/results")
    @PermitAll
    @Operation(operationId = "getVotingResults", summary = "Dots per item, online and on site apart and together")
    public ResultsResponse results(@PathParam("id") UUID id) {
        return service.results(id, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{id}/results/stream")
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamVotingResults", summary = "Live results as Server-Sent Events",
            description = "Sends the results at once and again within a second of any ballot, on whichever "
                    + "instance it was cast.")
    public Multi<ResultsResponse> stream(@PathParam("id") UUID id) {
        boolean includeDrafts = viewer.canSeeDrafts();
        service.get(id, includeDrafts);
        return Multi.createFrom().ticks().every(LIVE_POLL)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> QuarkusTransaction.requiringNew().call(() -> service.resultsFingerprint(id)))
                .skip().repetitions()
                .map(fingerprint -> QuarkusTransaction.requiringNew().call(() -> service.results(id, includeDrafts)));
    }

    private String participant(String token) {
        String account = viewer.account();
        if (account != null) {
            return BallotStore.accountParticipant(account);
        }
        if (token == null || token.isBlank()) {
            throw ProblemException.notFound("Ballot for this device", "(no X-Ballot-Token)");
        }
        return "device:" + Hashes.sha256Hex(token);
    }
}
