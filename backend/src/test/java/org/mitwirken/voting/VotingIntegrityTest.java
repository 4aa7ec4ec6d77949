package org.mitwirken.voting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.Contract.api;
import static org.mitwirken.support.Contract.badRequest;
import static org.mitwirken.voting.VotingResourceTest.client;
import static org.mitwirken.voting.VotingResourceTest.onSiteCode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.support.PdfUa;
import org.mitwirken.support.TestClients;

/** The attacks a council must be able to rule out before it relies on a result. */
@QuarkusTest
@DisplayName("Voting integrity: who may vote, how often, and where a ballot counts")
public class VotingIntegrityTest {

    @ConfigProperty(name = "mitwirken.rate-limit.anonymous-writes")
    int allowed;

    public record Round(UUID id, List<UUID> items) {
        public Map<String, Object> ballot(int dots) {
            return new HashMap<>(Map.of("dots", List.of(Map.of("item", items.get(0), "dots", dots))));
        }
    }

    @Test
    @DisplayName("sixty anonymous ballots from one client: those over the limit get 429 with Retry-After and count "
            + "nothing")
    void repeatedAnonymousBallotsHitTheLimit() {
        Round round = round(IntegrityMode.OPEN);
        String client = TestClients.uniqueAddress();
        int counted = 0;
        for (int i = 0; i < 60; i++) {
            Response answer = api().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                    .body(round.ballot(3)).when().post("/api/v1/votings/" + round.id() + "/ballots");
            if (answer.statusCode() == 200) {
                counted++;
            } else {
                answer.then().statusCode(429).header("Retry-After", notNullValue())
                        .body("type", equalTo("urn:mitwirken:problem:too-many-requests"));
            }
        }
        assertEquals(allowed, counted);
        results(round).body("ballots.total", equalTo(allowed)).body("items[0].dots.total", equalTo(3 * allowed));
    }

    @Test
    @DisplayName("a crowd at the event behind one network address votes on site beyond the anonymous limit, with the "
            + "projector's code")
    void crowdBehindOneAddressVotesOnSite() {
        Round round = round(IntegrityMode.OPEN);
        String venue = TestClients.uniqueAddress();
        for (int i = 0; i < allowed + 5; i++) {
            Map<String, Object> ballot = round.ballot(1);
            ballot.put("onSiteCode", onSiteCode(round.id()));
            api().header("X-Forwarded-For", venue).contentType(ContentType.JSON).body(ballot)
                    .when().post("/api/v1/votings/" + round.id() + "/ballots").then().statusCode(200)
                    .body("channel", equalTo("ON_SITE"));
        }
        results(round).body("ballots.onSite", equalTo(allowed + 5));
    }

    @Test
    @DisplayName("guessing the on-site code counts against the anonymous limit")
    void guessingTheOnSiteCodeIsLimited() {
        Round round = round(IntegrityMode.OPEN);
        String guesser = TestClients.uniqueAddress();
        Map<String, Object> ballot = round.ballot(1);
        for (int i = 0; i < allowed; i++) {
            ballot.put("onSiteCode", "GUESS" + ParticipationCodesAlphabet.at(i));
            badRequest().header("X-Forwarded-For", guesser).contentType(ContentType.JSON).body(ballot)
                    .when().post("/api/v1/votings/" + round.id() + "/ballots").then().statusCode(403);
        }
        ballot.put("onSiteCode", "GUESSZ");
        badRequest().header("X-Forwarded-For", guesser).contentType(ContentType.JSON).body(ballot)
                .when().post("/api/v1/votings/" + round.id() + "/ballots").then().statusCode(429)
                .header("Retry-After", notNullValue());
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @DisplayName("a made-up device token is refused: only the server issues tokens, from a rate-limited call")
    void madeUpDeviceTokens() {
        Round round = round(IntegrityMode.OPEN);
        badRequest().header("X-Forwarded-For", client()).header("X-Ballot-Token", "bench-1-2-3")
                .contentType(ContentType.JSON).body(round.ballot(1)).when()
                .post("/api/v1/votings/" + round.id() + "/ballots").then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:device-token-invalid"));
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @DisplayName("an online client claiming ON_SITE without proof is refused with 403 and counted nowhere")
    void claimedPresenceIsNotTrusted() {
        Round round = round(IntegrityMode.OPEN);
        Map<String, Object> ballot = round.ballot(2);
        ballot.put("channel", "ON_SITE");
        cast(round, ballot).then().statusCode(403).body("type", equalTo("urn:mitwirken:problem:on-site-proof-required"));
        ballot.put("onSiteCode", "ZZZZZZ");
        cast(round, ballot).then().statusCode(403).body("type", equalTo("urn:mitwirken:problem:on-site-code-invalid"))
                .body("code", equalTo("on-site-code-invalid"));
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @DisplayName("with the projector's code a ballot counts ON_SITE; without it ONLINE, whatever the client says")
    void theServerDecidesTheChannel() {
        Round round = round(IntegrityMode.OPEN);
        Map<String, Object> withCode = round.ballot(1);
        withCode.put("onSiteCode", onSiteCode(round.id()).toLowerCase());
        cast(round, withCode).then().statusCode(200).body("channel", equalTo("ON_SITE"));
        Map<String, Object> claimingOnline = round.ballot(2);
        claimingOnline.put("channel", "ONLINE");
        cast(round, claimingOnline).then().statusCode(200).body("channel", equalTo("ONLINE"));
        results(round).body("ballots.onSite", equalTo(1)).body("ballots.online", equalTo(1))
                .body("admissions.admission", contains("ANONYMOUS", "ANONYMOUS"))
                .body("admissions.channel", contains("ONLINE", "ON_SITE"))
                .body("admissions.ballots", contains(1, 1));
    }

    @Test
    @DisplayName("ONE_PER_ACCOUNT: without login 401, and nothing is counted")
    void onePerAccountNeedsLogin() {
        Round round = round(IntegrityMode.ONE_PER_ACCOUNT);
        cast(round, round.ballot(1)).then().statusCode(401);
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "unverified-voter")
    @DisplayName("ONE_PER_ACCOUNT: an account without a verified e-mail address gets 403 saying so")
    void onePerAccountNeedsVerifiedEmail() {
        Round round = round(IntegrityMode.ONE_PER_ACCOUNT);
        cast(round, round.ballot(1)).then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:email-not-verified"));
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "verified-voter")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("ONE_PER_ACCOUNT: an account votes and may change its ballot; after erasing its data it cannot "
            + "vote again while the round is open")
    void erasureNeverRestoresTheRightToVote() {
        Round round = round(IntegrityMode.ONE_PER_ACCOUNT);
        cast(round, round.ballot(1)).then().statusCode(200);
        cast(round, round.ballot(3)).then().statusCode(200);
        results(round).body("ballots.total", equalTo(1)).body("items[0].dots.total", equalTo(3))
                .body("admissions.admission", contains("ACCOUNT"));

        api().when().delete("/api/v1/me/data?contributions=DELETE").then().statusCode(204);
        results(round).body("ballots.total", equalTo(0));
        cast(round, round.ballot(2)).then().statusCode(409)
                .body("type", equalTo("urn:mitwirken:problem:already-taken-part"));
        results(round).body("ballots.total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "verified-voter-2")
    @OidcSecurity(claims = @Claim(key = "email_verified", value = "true", type = ClaimType.BOOLEAN))
    @DisplayName("the mark that an account voted is dropped when the round closes")
    void marksEndWithTheRound() {
        Round round = round(IntegrityMode.ONE_PER_ACCOUNT);
        cast(round, round.ballot(1)).then().statusCode(200);
        assertEquals(1, marks(round));
        CDI.current().select(VotingService.class).get().close(round.id());
        assertEquals(0, marks(round));
    }

    @Test
    @DisplayName("PARTICIPATION_CODE: no code 403, a printed code once and then never again; its ballot counts "
            + "on site and is final")
    void printedCodes() {
        Round round = round(IntegrityMode.PARTICIPATION_CODE);
        String code = CDI.current().select(VotingCodes.class).get().generate(round.id(), 1).get(0);
        cast(round, round.ballot(1)).then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:participation-code-required"));
        Map<String, Object> withCode = round.ballot(2);
        withCode.put("code", code.toLowerCase().replace("-", " "));
        cast(round, withCode).then().statusCode(200).body("channel", equalTo("ON_SITE"))
                .body("ballotToken", nullValue());
        withCode.put("code", code);
        cast(round, withCode).then().statusCode(403)
                .body("type", equalTo("urn:mitwirken:problem:participation-code-invalid"));
        results(round).body("ballots.total", equalTo(1)).body("ballots.onSite", equalTo(1))
                .body("admissions.admission", contains("CODE"));
    }

    @Test
    @DisplayName("a code that would be spent on a closed round stays unused")
    void codesAreSpentOnlyWithTheirBallot() {
        Round round = round(IntegrityMode.PARTICIPATION_CODE);
        String code = CDI.current().select(VotingCodes.class).get().generate(round.id(), 1).get(0);
        CDI.current().select(VotingService.class).get().close(round.id());
        Map<String, Object> withCode = round.ballot(1);
        withCode.put("code", code);
        cast(round, withCode).then().statusCode(409);
        assertEquals(1L, ((Number) CDI.current().select(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("select count(*) from voting_code where round_id = ?1 and not used")
                .setParameter(1, round.id()).getSingleResult()).longValue());
    }

    @Test
    @TestSecurity(user = "integrity-admin", roles = "admin")
    @DisplayName("an admin chooses the mode; codes are printed (an accessible PDF/UA-1 sheet, or CSV) for "
            + "PARTICIPATION_CODE rounds only")
    void adminChoosesTheMode() throws Exception {
        String format = aFormatIn(aProcess().create().slug()).create().slug();
        List<UUID> items = List.of(aFieldOfAction().create().id(), aFieldOfAction().create().id());
        String id = api().contentType(ContentType.JSON).body(Map.of("format", format, "title", "Mit Codes",
                "itemType", "FIELD_OF_ACTION", "items", items, "dotsPerParticipant", 3, "maxDotsPerItem", 3,
                "opensAt", Instant.now().minusSeconds(60).toString(), "closesAt",
                Instant.now().plusSeconds(3600).toString(), "integrityMode", "PARTICIPATION_CODE"))
                .when().post("/api/v1/votings").then().statusCode(201)
                .body("integrityMode", equalTo("PARTICIPATION_CODE")).extract().path("id");
        List<String> codes = api().contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/votings/" + id + "/codes").then().statusCode(201).extract().path("codes");
        assertEquals(3, codes.size());
        api().contentType(ContentType.JSON).accept("text/csv").body(Map.of("codes", codes))
                .when().post("/api/v1/votings/" + id + "/codes/sheet").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("/abstimmen/" + id + "#code=" + codes.get(0)));
        byte[] sheet = api().contentType(ContentType.JSON).accept("application/pdf").body(Map.of("codes", codes))
                .when().post("/api/v1/votings/" + id + "/codes/sheet").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfUa.assertCompliant(sheet);
        String text = PdfUa.text(sheet);
        assertTrue(text.contains("Teilnahmecodes: Mit Codes") && codes.stream().allMatch(text::contains), text);

        Round open = round(IntegrityMode.OPEN);
        api().contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/votings/" + open.id() + "/codes").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "projector-moderator", roles = "moderator")
    @DisplayName("staff read the projector's code, uncached")
    void staffReadTheOnSiteCode() {
        Round round = round(IntegrityMode.OPEN);
        api().when().get("/api/v1/votings/" + round.id() + "/on-site-code").then().statusCode(200)
                .header("Cache-Control", "no-store").body("code", equalTo(onSiteCode(round.id())))
                .body("changesAt", notNullValue()).body("acceptedUntil", notNullValue());
    }

    @Test
    @TestSecurity(user = "curious-citizen")
    @DisplayName("citizens cannot read the projector's code, or anyone online could claim to be there")
    void citizensCannotReadTheOnSiteCode() {
        Round round = round(IntegrityMode.OPEN);
        api().when().get("/api/v1/votings/" + round.id() + "/on-site-code").then().statusCode(403);
    }

    /** Distinct guesses of the code's length from its alphabet. */
    private static final class ParticipationCodesAlphabet {
        private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";

        static char at(int i) {
            return LETTERS.charAt(i % LETTERS.length());
        }
    }

    public static Round round(IntegrityMode mode) {
        String format = aFormatIn(aProcess().create().slug()).create().slug();
        List<UUID> items = List.of(aFieldOfAction().create().id(), aFieldOfAction().create().id());
        VotingRoundResponse round = CDI.current().select(VotingService.class).get().create(new VotingRoundRequest(
                format, "Priorisierung", VotingItemType.FIELD_OF_ACTION, items, 5, 3, Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), mode));
        return new Round(round.id(), items);
    }

    static Response cast(Round round, Map<String, Object> ballot) {
        return badRequest().header("X-Forwarded-For", client()).contentType(ContentType.JSON).body(ballot)
                .when().post("/api/v1/votings/" + round.id() + "/ballots");
    }

    static io.restassured.response.ValidatableResponse results(Round round) {
        return api().when().get("/api/v1/votings/" + round.id() + "/results").then().statusCode(200);
    }

    private static long marks(Round round) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current()
                .select(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("select count(*) from voting_participant where round_id = ?1")
                .setParameter(1, round.id()).getSingleResult()).longValue());
    }
}
