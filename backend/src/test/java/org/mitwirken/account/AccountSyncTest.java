package org.mitwirken.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mitwirken.fieldofaction.FieldOfActionBuilder.aFieldOfAction;
import static org.mitwirken.format.FormatBuilder.aFormatIn;
import static org.mitwirken.process.ProcessBuilder.aProcess;
import static org.mitwirken.support.TestData.account;
import static org.mitwirken.survey.SurveyBuilder.aSurvey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mitwirken.comment.CommentRequest;
import org.mitwirken.comment.CommentService;
import org.mitwirken.common.Actor;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.participation.CommentTargetType;
import org.mitwirken.format.FormatResponse;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.Participant;
import org.mitwirken.support.DatabaseScan;
import org.mitwirken.survey.SurveyMarks;
import org.mitwirken.survey.SurveyView;
import org.mitwirken.voting.BallotRequest;
import org.mitwirken.voting.VotingItemType;
import org.mitwirken.voting.VotingRoundRequest;
import org.mitwirken.voting.VotingService;

@QuarkusTest
@DisplayName("Accounts kept in step with Keycloak")
class AccountSyncTest {

    @Inject
    AccountSync sync;

    @Inject
    AccountReferences references;

    @Inject
    CommentService comments;

    @Inject
    VotingService votings;

    @Inject
    AccountService accounts;

    @Inject
    SurveyMarks surveyMarks;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "mitwirken.integrity.secret")
    String secret;

    /**
     * The realm as a test sets it up: every account stored here exists, except those deleted; a listing may miss
     * some; login names map to subjects as given. Other tests' accounts in the shared database stay untouched.
     */
    class Realm extends KeycloakAccountDirectory {
        final Set<String> deleted = new TreeSet<>();
        final Set<String> missingFromListing = new TreeSet<>();
        final Map<String, String> subjectsByName = new HashMap<>();
        boolean reachable = true;

        @Override
        public Set<String> allSubjects() {
            requireReachable();
            Set<String> all = new TreeSet<>(QuarkusTransaction.requiringNew().call(references::subjects));
            all.removeAll(deleted);
            all.removeAll(missingFromListing);
            return all;
        }

        @Override
        public boolean exists(String subject) {
            requireReachable();
            return !deleted.contains(subject);
        }

        @Override
        public Optional<String> subjectOf(String loginName) {
            requireReachable();
            return Optional.ofNullable(subjectsByName.get(loginName));
        }

        private void requireReachable() {
            if (!reachable) {
                throw new AccountDirectory.Unavailable("Keycloak away (test)", null);
            }
        }
    }

    private Realm realm() {
        Realm realm = new Realm();
        QuarkusMock.installMockForType(realm, AccountDirectory.class);
        return realm;
    }

    @Test
    @DisplayName("the data of an account whose login was deleted is erased at the next sync; other accounts keep "
            + "theirs")
    void deletedLoginIsErased() {
        String gone = "deleted-" + UUID.randomUUID();
        String stays = "stays-" + UUID.randomUUID();
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, false, false).create();
        UUID goneComment = comment(format, gone);
        UUID staysComment = comment(format, stays);
        comments.support(staysComment, gone, true);
        UUID round = openRound(format);
        votings.cast(round, new BallotRequest(null, List.of(new BallotRequest.Dots(itemOf(round), 1)), null, null),
                Participant.account(gone, true), null);

        Realm realm = realm();
        realm.deleted.add(gone);
        assertTrue(sync.sync());

        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, gone));
        assertFalse(exists("comment", goneComment));
        assertTrue(exists("comment", staysComment));
        assertEquals(0, votings.results(round, false).ballots().total());
    }

    @Test
    @DisplayName("when Keycloak cannot answer, nothing is erased")
    void unreachableDirectoryErasesNothing() {
        String account = "unsure-" + UUID.randomUUID();
        UUID comment = comment(aFormatIn(aProcess().create().slug()).participation(true, false, false).create(),
                account);
        Realm realm = realm();
        realm.deleted.add(account);
        realm.reachable = false;
        assertFalse(sync.sync());
        assertTrue(exists("comment", comment));
    }

    @Test
    @DisplayName("an account a listing misses but Keycloak still holds keeps its data")
    void incompleteListingErasesNothing() {
        String account = "listed-late-" + UUID.randomUUID();
        UUID comment = comment(aFormatIn(aProcess().create().slug()).participation(true, false, false).create(),
                account);
        realm().missingFromListing.add(account);
        assertTrue(sync.sync());
        assertTrue(exists("comment", comment));
    }

    @Test
    @DisplayName("login names stored before accounts were known by subject go to their account's subject, with the "
            + "mark of a survey answered; names the realm no longer knows are erased")
    void legacyLoginNamesAreCarriedOver() {
        String lena = "lena-" + UUID.randomUUID();
        String bernd = "bernd-" + UUID.randomUUID();
        FormatResponse format = aFormatIn(aProcess().create().slug()).participation(true, false, false).create();
        UUID lenasComment = comment(format, new Actor(AccountReferences.legacyAccount(lena), lena));
        UUID berndsComment = comment(format, new Actor(AccountReferences.legacyAccount(bernd), bernd));
        SurveyView survey = aSurvey().withEveryQuestionType().mode(IntegrityMode.ONE_PER_ACCOUNT).create();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into survey_participant "
                + "(survey_id, mark) values (?1, ?2)").setParameter(1, survey.id())
                .setParameter(2, "legacy:" + Hashes.sha256Hex(secret + "|" + survey.id() + "|" + lena))
                .executeUpdate());

        Realm realm = realm();
        realm.subjectsByName.put(lena, "subject-of-" + lena);
        assertTrue(sync.sync());

        assertTrue(accounts.export(new Actor("subject-of-" + lena, lena)).sections().get("comments").toString()
                .contains(lenasComment.toString()), "Lena's comment is hers again, under her subject");
        assertEquals(List.of(survey.id()), QuarkusTransaction.requiringNew().call(() -> surveyMarks.scopesOf(
                "subject-of-" + lena, List.of(survey.id()))));
        assertFalse(exists("comment", berndsComment));
        assertEquals(List.of(), DatabaseScan.columnsHolding(dataSource, AccountReferences.legacyAccount(lena)));
        assertTrue(QuarkusTransaction.requiringNew().call(references::legacyNames).stream()
                .noneMatch(name -> name.equals(lena) || name.equals(bernd)));
    }

    private UUID comment(FormatResponse format, String subject) {
        return comment(format, account(subject));
    }

    private UUID comment(FormatResponse format, Actor author) {
        return comments.create(new CommentRequest(CommentTargetType.FORMAT, format.id(), null, "Mehr Bäume", null),
                author).comment().id();
    }

    private UUID openRound(FormatResponse format) {
        UUID item = aFieldOfAction().create().id();
        return votings.create(new VotingRoundRequest(format.slug(), "Priorisierung", VotingItemType.FIELD_OF_ACTION,
                List.of(item, aFieldOfAction().create().id()), 3, 3, Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), IntegrityMode.OPEN)).id();
    }

    private UUID itemOf(UUID round) {
        return votings.get(round, true).items().get(0).id();
    }

    private boolean exists(String table, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table + " where id = ?1").setParameter(1, id).getSingleResult())
                .longValue() == 1);
    }
}
