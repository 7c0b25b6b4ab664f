package io.meridian.survey;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.calendar.Clocks;
import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.desk.DeskAccess;
import io.meridian.complaint.ComplaintCategory;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.survey.SatisfactionSurvey.Source;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.ConflictException;
import io.meridian.system.EngineReads;
import io.meridian.system.Inputs;
import io.meridian.system.NotFoundException;
import io.meridian.system.OneOf;
import io.meridian.system.Text;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's answer recorded over the API ({@code POST /api/clients/{id}/surveys}): checked as a
 * whole first (nothing is kept when anything is wrong), then kept like any evaluation; an open
 * quarterly survey of the client ends with it (message {@code SurveyAnswered}), so the team is not
 * asked again.
 */
@Service
class SurveyAnswers {

    /**
     * Body of the POST, checked once by Bean Validation with the messages of a form's scores
     * ({@link Scores}); scores as numbers or text.
     */
    @DetractorNamesCategory
    record SurveyRequest(@Score(min = 0, max = 10, what = "NPS: how likely the client recommends us") Object nps,
                         @Score(min = 1, max = 5, what = "CSAT: how satisfied") Object csat,
                         @Score(min = 1, max = 7, what = Scores.CES_MEANING) Object ces,
                         @Text(max = Scores.MAX_COMMENT) String comment,
                         @OneOf(ComplaintCategory.class) String complaintCategory,
                         String orderId) {

        /** The scores of a checked request. */
        Scores scores() {
            String text = comment == null || comment.isBlank() ? null : comment.strip();
            ComplaintCategory category = complaintCategory == null || complaintCategory.isBlank() ? null
                : ComplaintCategory.valueOf(complaintCategory.strip().toUpperCase(Locale.ROOT));
            return new Scores((int) (long) Scores.wholeNumber(nps), (int) (long) Scores.wholeNumber(csat),
                (int) (long) Scores.wholeNumber(ces), text, category);
        }
    }

    /** A score: a whole number from {@code min} to {@code max}, required. */
    @Documented
    @Constraint(validatedBy = Score.Check.class)
    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Score {

        int min();

        int max();

        String what();

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Score, Object> {

            private Score score;

            @Override
            public void initialize(Score annotation) {
                score = annotation;
            }

            @Override
            public boolean isValid(Object value, ConstraintValidatorContext context) {
                return report(context, Scores.scoreProblem("[field]", value, score.min(), score.max(), score.what()), null);
            }
        }
    }

    /** A detractor (NPS 0-6) names the category of what went wrong; the problem is named on {@code complaintCategory}. */
    @Documented
    @Constraint(validatedBy = DetractorNamesCategory.Check.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface DetractorNamesCategory {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<DetractorNamesCategory, SurveyRequest> {

            @Override
            public boolean isValid(SurveyRequest request, ConstraintValidatorContext context) {
                Long nps = Scores.wholeNumber(request.nps());
                boolean missing = (request.complaintCategory() == null || request.complaintCategory().isBlank())
                    && nps != null && nps >= 0 && nps <= Scores.DETRACTOR_MAX_NPS;
                return report(context, missing ? "complaintCategory is required for a detractor (NPS 0-6): what went wrong, one of "
                    + "QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION; the complaint it opens is in that category"
                    : null, "complaintCategory");
            }
        }
    }

    private static boolean report(ConstraintValidatorContext context, String problem, String property) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"));
        if (property == null) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(property).addConstraintViolation();
        }
        return false;
    }

    /** The answer: the evaluation kept, with when its improvement report is due. */
    record Recorded(
        @Schema(description = "the scores as recorded") Surveys.Evaluation evaluation,
        @Schema(description = "the quarterly survey these scores answered, now ended; null when none was waiting") @Nullable String endedSurvey,
        @Schema(description = "the order's after-sales check-in task these scores answered, now done; null when none was open")
        @Nullable String endedCheckIn) {
    }

    /** The journey's check-in, by the names of {@code processes/client-journey.bpmn} (this module does not depend on the journey's). */
    static final String JOURNEY = "clientJourney";
    static final String CHECK_IN = "afterSalesCheckIn";

    private final Surveys surveys;
    private final ClientLedger clients;
    private final OrderLedger orders;
    private final RuntimeService runtime;
    private final EngineReads engine;
    private final DeskAccess desks;
    private final TaskService tasks;
    private final ProcessEngineConfigurationImpl configuration;
    private final Clocks clocks;

    SurveyAnswers(Surveys surveys, ClientLedger clients, OrderLedger orders, RuntimeService runtime, EngineReads engine,
                  DeskAccess desks, TaskService tasks, ProcessEngine processEngine, Clocks clocks) {
        this.tasks = tasks;
        this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.clocks = clocks;
        this.desks = desks;
        this.surveys = surveys;
        this.clients = clients;
        this.orders = orders;
        this.runtime = runtime;
        this.engine = engine;
    }

    List<Surveys.Evaluation> list(String clientId) {
        client(clientId);
        desks.check(clientId, null);
        return surveys.ofClient(clientId);
    }

    @Transactional
    Recorded record(String clientId, SurveyRequest request) {
        Client client = client(clientId);
        desks.check(clientId, null);
        if (request == null) {
            Inputs.throwIfAny(Map.of("nps", "a body is required: nps, csat, ces (and complaintCategory for a detractor)"));
        }
        Scores scores = request.scores();
        // one answer of a client at a time, until it commits: a second answer sent at the same moment (the survey page sent
        // twice) waits here and then sees the first, so it cannot pass the checks below beside it and send the client a second
        // improvement report (the client's row, as ClientService locks it for a change: it covers answers about an order and
        // about none alike)
        clients.lockById(clientId);
        String orderId = request.orderId() == null || request.orderId().isBlank() ? null : request.orderId().strip();
        OrderRecord order = orderId == null ? null : orders.byId(orderId).orElseThrow(() -> orders.notFound(orderId));
        if (order != null) {
            if (!order.clientId().equals(clientId)) {
                Inputs.throwIfAny(Map.of("orderId", "order " + order.orderNumber() + " is not this client's"));
            }
            if (order.status() == OrderRecord.Status.CANCELLED) {
                throw new ConflictException(io.meridian.order.OrderCancellation.cancelled(order) + ": it will not be delivered, so no"
                    + " survey is recorded about it; the client's scores can be recorded without orderId");
            }
            if (order.status() != OrderRecord.Status.DELIVERED) {
                throw new ConflictException("order " + order.orderNumber() + " is " + order.status()
                    + ": a survey about an order is recorded once it is delivered");
            }
            // one evaluation per order: a second answer (the survey page sent twice, or after the check-in) had sent the client a
            // second improvement report about the same order
            surveys.ofClient(clientId).stream().filter(e -> orderId.equals(e.orderId())).findFirst().ifPresent(e -> {
                throw new ConflictException("order " + order.orderNumber() + " was rated already, " + firstAnswer(e)
                    + "; one evaluation per order, and its improvement report goes to the client; the client's scores about no order in"
                    + " particular can be recorded without orderId");
            });
        } else {
            refuseIfRatedLately(clientId);
        }
        List<ProcessInstance> open = engine.asSystem(() -> runtime.createProcessInstanceQuery()
            .processDefinitionKey(SatisfactionSurvey.KEY).variableValueEquals(Var.CLIENT_ID, clientId)
            .activityIdIn(SatisfactionSurvey.Activity.SURVEY_CLIENT).active().list());
        String quarter = null;
        String ended = null;
        if (!open.isEmpty()) {
            ProcessInstance survey = open.get(0);
            quarter = (String) engine.asSystem(() -> {
                Object surveyed = runtime.getVariable(survey.getId(), Var.SURVEYED_QUARTER);
                return surveyed != null ? surveyed : runtime.getVariable(survey.getId(), Var.QUARTER);
            });
            ended = survey.getId();
        }
        // the client answered the questions of the order's check-in, still open: those scores are the check-in's, and support does not
        // call to ask them again (the journey records them and opens a detractor's complaint, as when support enters them)
        Task checkIn = order == null ? null : engine.asSystem(() -> tasks.createTaskQuery().processDefinitionKey(JOURNEY)
            .processInstanceBusinessKey(order.inquiryId()).taskDefinitionKey(CHECK_IN).singleResult());
        Surveys.Evaluation evaluation = checkIn != null ? answerCheckIn(checkIn, scores, orderId, clientId)
            : surveys.record(client, orderId, Source.API, quarter, scores, ClockUtil.now().toInstant(), true);
        if (ended != null) {
            String id = ended;
            engine.asSystem(() -> runtime.createMessageCorrelation(SatisfactionSurvey.Message.SURVEY_ANSWERED)
                .processInstanceId(id).setVariable(Var.EVALUATION_ID, evaluation.id()).correlateWithResult());
        }
        return new Recorded(evaluation, ended, checkIn == null ? null : checkIn.getId());
    }

    /**
     * Completes the check-in with the client's scores, as the caller (the evaluation names who recorded it) but without the
     * task's grant, which an integration does not hold; its form's check applies.
     */
    private Surveys.Evaluation answerCheckIn(Task checkIn, Scores scores, String orderId, String clientId) {
        Map<String, Object> values = new HashMap<>();
        values.put(Var.NPS, scores.nps());
        values.put(Var.CSAT, scores.csat());
        values.put(Var.CES, scores.ces());
        values.put(Var.COMMENT, scores.comment());
        values.put(Var.COMPLAINT_CATEGORY, scores.category() == null ? null : scores.category().name());
        configuration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                return new CompleteTaskCmd(checkIn.getId(), values).execute(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
        return surveys.ofClient(clientId).stream().filter(e -> orderId.equals(e.orderId())).reduce((a, b) -> b).orElseThrow();
    }

    /**
     * Scores about no order in particular are the client's view of the quarter (seed 003: the quarterly survey): one such
     * evaluation per quarter (the team's calendar, as the cadence's rounds run) and 30 days apart at least (the cadence's own
     * spacing), whether the quarterly survey or the API recorded the first; a second (the page sent twice, or again a week
     * later) had sent the client a second improvement report within days.
     */
    private void refuseIfRatedLately(String clientId) {
        Instant now = ClockUtil.now().toInstant();
        ZoneId zone = clocks.teamZone();
        String quarter = StartQuarterlySurveysDelegate.quarter(now, zone);
        Instant recent = now.minus(StartQuarterlySurveysDelegate.RECENTLY_EVALUATED);
        surveys.ofClient(clientId).stream().filter(e -> e.orderId() == null)
            .filter(e -> quarter.equals(StartQuarterlySurveysDelegate.quarter(e.recordedAt(), zone)) || e.recordedAt().isAfter(recent))
            .reduce((a, b) -> b).ifPresent(e -> {
                String when = quarter.equals(StartQuarterlySurveysDelegate.quarter(e.recordedAt(), zone)) ? "this quarter (" + quarter + ")"
                    : "in the last " + StartQuarterlySurveysDelegate.RECENTLY_EVALUATED.toDays() + " days";
                throw new ConflictException("the client rated us already " + when + ", " + firstAnswer(e) + "; one evaluation about no"
                    + " order in particular per quarter, " + StartQuarterlySurveysDelegate.RECENTLY_EVALUATED.toDays() + " days apart at"
                    + " least, and its improvement report goes to the client; scores about a delivered order can be recorded with its orderId");
            });
    }

    /** "at the after-sales check-in at 2027-01-11T07:00:00Z: NPS 9, CSAT 5, CES 2", the instant as GET …/surveys shows it. */
    private static String firstAnswer(Surveys.Evaluation e) {
        return sourceWords(e.source()) + " at " + e.recordedAt() + ": NPS " + e.nps() + ", CSAT " + e.csat() + ", CES " + e.ces();
    }

    private static String sourceWords(Source source) {
        return switch (source) {
            case CHECK_IN -> "at the after-sales check-in";
            case QUARTERLY -> "in the quarterly survey";
            case API -> "over the API";
        };
    }

    private Client client(String id) {
        return clients.byId(id).orElseThrow(() -> new NotFoundException("no client with id '" + id + "'"));
    }
}
