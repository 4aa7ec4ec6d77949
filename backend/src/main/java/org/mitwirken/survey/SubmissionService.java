package org.mitwirken.survey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.problem.GeneralCode;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ProblemType;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.integrity.IntegrityProblems;
import org.mitwirken.integrity.Participant;
import org.mitwirken.integrity.ParticipationGate.Admitted;
import org.mitwirken.integrity.ParticipationGate;

/**
 * Takes a questionnaire. The right to answer (a code, an account's mark) is spent in the same transaction that seals
 * the response into the {@link ResponsePool}; the pool writes responses out in shuffled batches, so neither a column
 * nor a transaction id, row order or insert time links a person to their answers.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    SurveyService surveys;

    @Inject
    SurveyCodes codes;

    @Inject
    SurveyMarks marks;

    @Inject
    ParticipationGate gate;

    @Inject
    ResponsePool pool;

    @Inject
    CityBounds city;

    public SurveyReceipt submit(String slug, SubmissionRequest request, Participant who) {
        record Checked(Survey survey, List<SurveyAnswer> rows) {
        }
        Checked checked = QuarkusTransaction.requiringNew().call(() -> {
            Survey survey = surveys.visible(slug, false);
            if (!survey.isOpen(Instant.now())) {
                throw new ProblemException(ProblemType.NOT_OPEN, GeneralCode.OPEN_BETWEEN, Map.of("title",
                        survey.title, "opensAt", survey.opensAt, "closesAt", survey.closesAt));
            }
            List<SurveyAnswer> rows = validate(survey, request);
            return new Checked(survey, rows);
        });
        Survey survey = checked.survey();
        LocalDate today = LocalDate.now(CityTime.ZONE);
        QuarkusTransaction.requiringNew().run(() -> {
            Admitted admitted = gate.admit(new ParticipationGate.Scope(survey.id, survey.integrityMode, codes, marks,
                    true), who, ParticipationGate.Proof.code(request.code()));
            if (admitted.returning()) {
                throw IntegrityProblems.alreadyTakenPart();
            }
            pool.add(survey.id, channelOf(survey.integrityMode), today, checked.rows());
        });
        pool.mixIfReady(survey.id);
        return new SurveyReceipt(survey.slug, today);
    }

    /**
     * Whether the account has answered: a ONE_PER_ACCOUNT survey knows it by the mark that refuses a second answer,
     * kept until the survey closes; no other survey records who answered, and no survey links the answers to anyone.
     */
    public SurveyParticipation participation(String slug, String account) {
        Survey survey = surveys.visible(slug, false);
        boolean answered = survey.integrityMode == IntegrityMode.ONE_PER_ACCOUNT
                && marks.scopesOf(account, List.of(survey.id)).contains(survey.id);
        return new SurveyParticipation(survey.slug, answered);
    }

    /** What let a response in: in an OPEN survey a login proves nothing, each answer is just one more. */
    private static ResponseChannel channelOf(IntegrityMode mode) {
        return switch (mode) {
            case ONE_PER_ACCOUNT -> ResponseChannel.ACCOUNT;
            case PARTICIPATION_CODE -> ResponseChannel.CODE;
            default -> ResponseChannel.ONLINE;
        };
    }
    private List<SurveyAnswer> validate(Survey survey, SubmissionRequest request) {
        List<Violation> violations = new ArrayList<>();
        Map<String, SurveyQuestion> questions = survey.questions.stream()
                .collect(Collectors.toMap(q -> q.slug, q -> q));
        Set<String> unknown = request.answers().keySet().stream().filter(key -> !questions.containsKey(key))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        unknown.forEach(key -> violations.add(new Violation("answers." + key, SurveyCode.NOT_A_QUESTION,
                Map.of("value", key))));
        List<SurveyAnswer> rows = new ArrayList<>();
        for (SurveyQuestion question : survey.questions) {
            SubmissionRequest.Answer answer = request.answers().get(question.slug);
            String path = "answers." + question.slug;
            if (AnswerRules.isEmpty(answer)) {
                if (question.required) {
                    violations.add(new Violation(path, GeneralCode.REQUIRED));
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
}
