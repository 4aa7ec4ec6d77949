package org.mitwirken.voting;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.mitwirken.common.Roles;
import org.mitwirken.common.Viewer;
import org.mitwirken.common.http.PersonalAnswer;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.privacy.SelfService;
import org.mitwirken.common.ratelimit.StreamAllowance;
import org.mitwirken.integrity.CodeHandouts;
import org.mitwirken.integrity.CodeRequests;
import org.mitwirken.integrity.Participants;

@Path("/api/v1/votings")
@Tag(name = "Prioritisation")
@Produces(MediaType.APPLICATION_JSON)
public class VotingResource {

    @Inject
    VotingService service;

    @Inject
    Viewer viewer;

    @Inject
    Participants participants;

    @Inject
    VotingCodes codes;

    @Inject
    CodeHandouts handouts;

    @Inject
    LiveResults live;

    @Inject
    StreamAllowance streams;

    @GET
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "listVotingRounds", summary = "The voting rounds of a format")
    public List<VotingRoundResponse> list(@QueryParam("format") @NotBlank @Parameter(required = true,
            description = "Slug of the format") String format) {
        return service.forFormat(format, viewer.canSeeDrafts());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
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
    @SelfService
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "castBallot", summary = "Cast or change one's ballot",
            description = "Who may vote depends on the round's `integrityMode`. OPEN: with login, or without: then "
                    + "each ballot counts against the anonymous rate limit (429 + Retry-After) and the first one "
                    + "issues the device's `ballotToken`, which changes it later as `X-Ballot-Token`; ballots with the "
                    + "projector's valid `onSiteCode` count in a larger allowance of their own per connection, since "
                    + "a crowd at an event often shares one address. "
                    + "ONE_PER_ACCOUNT: a login (401) whose e-mail address is verified (403 `email-not-verified`); "
                    + "an account that erased its data cannot vote again in an open round (409 "
                    + "`already-taken-part`). PARTICIPATION_CODE: an unused printed `code` (403 "
                    + "`participation-code-required` / `participation-code-invalid`). The server decides the "
                    + "channel: ON_SITE only with the projector's current `onSiteCode` (403 `on-site-code-expired` "
                    + "when it has changed: scan again) or a printed code; otherwise ONLINE. 409 `not-open` outside "
                    + "the round's time.")
    @APIResponse(responseCode = "200", description = "Counted; `channel` says where", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotResponse.class)))
    @APIResponse(responseCode = "401", description = "This round takes ballots from logged-in accounts only")
    @APIResponse(responseCode = "403", description = "Proof missing or invalid: e-mail not verified, participation "
            + "code missing, unknown or used, on-site code expired or wrong, device token not issued here")
    @APIResponse(responseCode = "409", description = "Not open now, or this account has voted already")
    @APIResponse(responseCode = "429", description = "Too many ballots from this client without login; see "
            + "Retry-After")
    public BallotResponse cast(@PathParam("id") UUID id, @NotNull @Valid BallotRequest request,
            @HeaderParam("X-Ballot-Token") @Parameter(description = "The device's ballot token") String token) {
        return service.cast(id, request, participants.current(), token);
    }

    @GET
    @Path("/{id}/ballots/mine")
    @PermitAll
    @PersonalAnswer
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "getMyBallot", summary = "One's own ballot (by login or X-Ballot-Token)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BallotResponse.class)))
    @APIResponse(responseCode = "403", description = "The device token was not issued by this server")
    public BallotResponse mine(@PathParam("id") UUID id, @HeaderParam("X-Ballot-Token") String token) {
        return service.ballot(id, participants.current(), token);
    }

    @GET
    @Path("/{id}/on-site-code")
    @RolesAllowed({ Roles.ADMIN, Roles.MODERATOR })
    @Operation(operationId = "getOnSiteCode", summary = "The code the projector shows now (staff)",
            description = "The proof of presence for ballots at the event. Only staff see it, on the projector "
                    + "page; whoever reads it from the screen (or its QR code) votes ON_SITE.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OnSiteCodeResponse.class)))
    public Response onSiteCode(@PathParam("id") UUID id) {
        return Response.ok(service.onSiteCode(id)).build();
    }

    @POST
    @Path("/{id}/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createVotingCodes", summary = "Generate single-use codes for a round (admins)",
            description = "For PARTICIPATION_CODE rounds. The codes are in this answer only; print them with "
                    + "`POST …/codes/sheet`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeRequests.Codes.class)))
    @APIResponse(responseCode = "409", description = "The round does not use participation codes")
    public Response createCodes(@PathParam("id") UUID id, @NotNull @Valid CodeRequests.Batch request) {
        VotingRoundResponse round = service.get(id, true);
        return Response.status(Response.Status.CREATED).entity(handouts.generate(codes, id, round.integrityMode(),
                request.count())).build();
    }

    @POST
    @Path("/{id}/codes/sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ CodeHandouts.PDF, "text/csv" })
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "printVotingCodes", summary = "A round's codes as a printable PDF or a CSV list (admins)",
            description = "As for surveys: ten codes a page with QR codes leading to the round's ballot page, or "
                    + "code and link per line.")
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = CodeHandouts.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    public Response printCodes(@PathParam("id") UUID id, @NotNull @Valid CodeRequests.Sheet request,
            @HeaderParam("Accept") String accept) {
        VotingRoundResponse round = service.get(id, true);
        return handouts.sheet(codes, id, round.title(), "/abstimmen/" + id, "abstimmung", request.codes(), accept);
    }

    @GET
    @Path("/{id}/results")
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
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
                    + "instance it was cast. At most `mitwirken.live.streams-per-client` (default 5) streams per "
                    + "client at a time; more are refused with 429.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ResultsResponse.class)))
    @APIResponse(responseCode = "429", description = "This client has its allowance of live streams open already")
    public Multi<ResultsResponse> stream(@PathParam("id") UUID id) {
        Multi<ResultsResponse> results = live.follow(id, viewer.canSeeDrafts());
        Runnable release = streams.open();
        return results.onTermination().invoke(release);
    }
}
