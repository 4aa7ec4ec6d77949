package org.mitwirken.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mitwirken.common.Hashes;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.common.CityTime;

/**
 * Takes a questionnaire. The code or account that allowed it is marked in a transaction of its own, before and
 * apart from the response, so neither a column nor a shared transaction links a person to their answers.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    SurveyService surveys;

    @Inject
    ParticipationCodes codes;

    @Inject
    EntityManager entityManager;

    @Inject
    CityBounds city;

    @ConfigProperty(name = "mitwirken.survey.participant-secret")
    String participantSecret;

    /** Marks that an account answered a survey, without a way back from the mark to the account or the answers. */
    String participantMarker(java.util.UUID survey, String account) {
        return Hashes.sha256Hex(participantSecret + "|" + survey + "|" + account);
    }

    public SurveyReceipt submit(String slug, SubmissionRequest request, String account) {
        record Checked(Survey survey, List<SurveyAnswer> rows) {
        }
        Checked checked = QuarkusTransaction.requiringNew().call(() -> {
            Survey survey = surveys.visible(slug, false);
            if (!survey.isOpen(Instant.now())) {
                throw new ProblemException(ProblemType.NOT_OPEN, "The survey '" + survey.title + "' takes answers from "
                        + survey.opensAt + " until " + survey.closesAt + ".");
            }
            List<SurveyAnswer> rows = validate(survey, request);
            return new Checked(survey, rows);
        });
        Survey survey = checked.survey();
        ResponseChannel channel = admit(survey, request.code(), account);
        return QuarkusTransaction.requiringNew().call(() -> {
            SurveyResponseEntity response = new SurveyResponseEntity();
            response.surveyId = survey.id;
            response.submittedOn = LocalDate.now(CityTime.ZONE);
            response.channel = channel;
            entityManager.persist(response);
            checked.rows().forEach(row -> {
                row.responseId = response.id;
                entityManager.persist(row);
            });
            return new SurveyReceipt(survey.slug, response.submittedOn);
        });
    }

    private List<SurveyAnswer> validate(Survey survey, SubmissionRequest request) {
        List<Violation> violations = new ArrayList<>();
        Map<String, SurveyQuestion> questions = survey.questions.stream()
                .collect(Collectors.toMap(q -> q.slug, q -> q));
        Set<String> unknown = request.answers().keySet().stream().filter(key -> !questions.containsKey(key))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        unknown.forEach(key -> violations.add(new Violation("answers." + key, "is not a question of this survey")));
        List<SurveyAnswer> rows = new ArrayList<>();
        for (SurveyQuestion question : survey.questions) {
            SubmissionRequest.Answer answer = request.answers().get(question.slug);
            String path = "answers." + question.slug;
            if (AnswerRules.isEmpty(answer)) {
                if (question.required) {
                    violations.add(new Violation(path, "is required"));
                }
                continue;
            }
            rows.addAll(AnswerRules.rows(question, answer, path, city, violations));
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        return rows;
    }

    /** Checks and uses up the right to answer; each in its own committed transaction. */
    private ResponseChannel admit(Survey survey, String code, String account) {
        switch (survey.integrityMode) {
            case PARTICIPATION_CODE -> {
                if (code == null || code.isBlank()) {
                    throw ValidationProblem.of("code", "this survey needs a participation code");
                }
                if (!QuarkusTransaction.requiringNew().call(() -> codes.redeem(survey.id, code))) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "This participation code is unknown or has "
                            + "been used already.");
                }
                return ResponseChannel.CODE;
            }
            case ONE_PER_ACCOUNT -> {
                if (account == null) {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "Log in to answer this survey.");
                }
                String marker = participantMarker(survey.id, account);
                int inserted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "insert into survey_participant (survey_id, account_hash) values (?1, ?2) "
                                + "on conflict do nothing").setParameter(1, survey.id).setParameter(2, marker)
                        .executeUpdate());
                if (inserted == 0) {
                    throw ProblemException.conflict("You have answered this survey already.");
                }
                return ResponseChannel.ACCOUNT;
            }
            default -> {
                return ResponseChannel.ONLINE;
            }
        }
    }
}
