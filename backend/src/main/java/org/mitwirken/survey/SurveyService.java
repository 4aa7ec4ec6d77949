package org.mitwirken.survey;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mitwirken.common.OrderedChildren;
import org.mitwirken.common.Versions;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.problem.Violation;
import org.mitwirken.integrity.IntegrityMode;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.common.problem.GeneralCode;

/** Building surveys: once responses exist, questions may only change in ways that keep every answer valid. */
@ApplicationScoped
public class SurveyService {
    static final int DEFAULT_MAX_LENGTH = 2000;

    @Inject
    SurveyRepository surveys;

    @Inject
    FormatService formats;

    @Inject
    EntityManager entityManager;

    @Inject
    ResponsePool pool;

    public List<SurveyView> forFormat(String formatSlug, boolean includeDrafts) {
        FormatRef format = formats.findRef(formatSlug, includeDrafts)
                .orElseThrow(() -> ProblemException.notFound(formatSlug));
        return surveys.list("formatId", Sort.by("opensAt").and("id"), format.id()).stream()
                .map(survey -> view(survey, format)).toList();
    }

    public SurveyView get(String slug, boolean includeDrafts) {
        Survey survey = visible(slug, includeDrafts);
        return view(survey, formats.findRef(survey.formatId).orElseThrow());
    }

    /** A survey the viewer may see: its format is public, or the viewer is an admin. */
    Survey visible(String slug, boolean includeDrafts) {
        return surveys.findBySlug(slug)
                .filter(survey -> includeDrafts || formats.findRef(survey.formatId)
                        .map(FormatRef::publiclyVisible).orElse(false))
                .orElseThrow(() -> ProblemException.notFound(slug));
    }

    @Transactional
    public SurveyView create(SurveyRequest request) {
        Survey survey = new Survey();
        survey.slug = surveys.slugForNew(request.slug(), request.title());
        apply(survey, request, 0);
        surveys.persist(survey);
        surveys.flush();
        return get(survey.slug, true);
    }

    @Transactional
    public SurveyView update(String slug, SurveyRequest request) {
        Survey survey = surveys.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
        Versions.requireCurrent(request.version(), survey.version);
        survey.slug = surveys.slugForUpdate(survey.slug, request.slug());
        apply(survey, request, responseCount(survey.id));
        surveys.flush();
        return get(survey.slug, true);
    }

    @Transactional
    public void delete(String slug) {
        Survey survey = surveys.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(slug));
        if (responseCount(survey.id) > 0) {
            throw ProblemException.conflict(SurveyCode.SURVEY_HAS_RESPONSES, Map.of("title", survey.title));
        }
        surveys.delete(survey);
    }

    /** Written out and still waiting in the pool: either counts as a response that questions must keep valid. */
    long responseCount(UUID surveyId) {
        return entityManager.createQuery("select count(r) from SurveyResponseEntity r where r.surveyId = :survey",
                Long.class).setParameter("survey", surveyId).getSingleResult() + pool.waiting(surveyId);
    }

    private void apply(Survey survey, SurveyRequest request, long responses) {
        List<Violation> violations = new ArrayList<>();
        FormatRef format = formats.findRef(request.format(), true).orElse(null);
        if (format == null) {
            violations.add(new Violation("format", GeneralCode.UNKNOWN, Map.of("value", request.format())));
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Violation("closesAt", GeneralCode.NOT_AFTER_START));
        }
        if (survey.integrityMode == IntegrityMode.ONE_PER_ACCOUNT && survey.closesAt != null
                && !survey.closesAt.isAfter(Instant.now()) && request.closesAt().isAfter(Instant.now())) {
            violations.add(new Violation("closesAt", SurveyCode.CLOSED_FOR_GOOD));
        }
        if (responses > 0 && request.integrityMode() != survey.integrityMode) {
            violations.add(new Violation("integrityMode", SurveyCode.FIXED_ONCE_ANSWERED));
        }
        for (int i = 0; i < request.questions().size(); i++) {
            QuestionRules.check(request.questions().get(i), "questions[" + i + "]", violations);
        }
        if (responses > 0) {
            Map<String, SurveyQuestion> current = survey.questions.stream()
                    .collect(Collectors.toMap(q -> q.slug, Function.identity()));
            QuestionRules.checkCompatible(current, request.questions(), violations);
        }
        if (!violations.isEmpty()) {
            throw new ValidationProblem(violations);
        }
        survey.formatId = format.id();
        survey.title = request.title();
        survey.description = Objects.requireNonNullElse(request.description(), "");
        survey.integrityMode = request.integrityMode();
        survey.resultsVisibility = request.resultsVisibility() == null ? ResultsVisibility.LIVE
                : request.resultsVisibility();
        survey.opensAt = request.opensAt();
        survey.closesAt = request.closesAt();
        OrderedChildren.replace(survey.questions, q -> q.slug, request.questions(), QuestionRequest::slug,
                QuestionRequest::title, "questions", SurveyQuestion::new,
                (question, q, questionSlug, position, path, childViolations) -> {
                    question.survey = survey;
                    question.slug = questionSlug;
                    question.position = position;
                    question.type = q.type();
                    question.title = q.title();
                    question.helpText = Objects.requireNonNullElse(q.helpText(), "");
                    question.required = q.required();
                    question.options = q.type().hasOptions() ? List.copyOf(q.options()) : List.of();
                    question.scaleMin = q.scale() != null ? q.scale().min() : null;
                    question.scaleMax = q.scale() != null ? q.scale().max() : null;
                    question.scaleMinLabel = q.scale() != null ? q.scale().minLabel() : null;
                    question.scaleMaxLabel = q.scale() != null ? q.scale().maxLabel() : null;
                    question.maxLength = q.type() == QuestionType.FREE_TEXT
                            ? Objects.requireNonNullElse(q.maxLength(), DEFAULT_MAX_LENGTH) : null;
                });
    }

    private SurveyView view(Survey survey, FormatRef format) {
        return new SurveyView(survey.id, survey.slug, format.slug(), survey.title, survey.description,
                survey.integrityMode, survey.resultsVisibility, survey.resultsPublic(Instant.now()), survey.opensAt,
                survey.closesAt, survey.isOpen(Instant.now()),
                responseCount(survey.id), survey.questions.stream().map(SurveyView.QuestionView::of).toList(),
                survey.version);
    }
}
