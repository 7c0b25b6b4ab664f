package io.meridian.system;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.outage.DatabaseOutage;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * engine-rest as the starter configures it, plus error mappers that answer a client's mistake as
 * one: 404 for an unknown or finished task, process or instance; 409 when the same thing was
 * changed at the same moment (optimistic locking); 400 when the engine or Meridian's process code
 * refused what was sent (bad variables, a Java-serialized value, a follow-up answer the process
 * does not know). Such a mistake is logged in one line at INFO (logger
 * {@code io.meridian.system.EngineRestConfig}); Camunda's own handler would log it at ERROR with
 * the whole stack trace when the engine calls it a 500. Real server errors still go to Camunda's
 * handler (logger {@code org.camunda.bpm.engine.rest.exception}, ERROR). Camunda's error body
 * (type, message, no stack trace) is kept.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private static final Logger log = LoggerFactory.getLogger(EngineRestConfig.class);

    /** Engine messages that mean "the request was refused", not "the server failed". */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
    /** A user, group or tenant id outside the engine's pattern ({@code EnsureUtil.ensureWhitelistedResourceId}). */
    private static final String INVALID_RESOURCE_ID = "is not a valid resource identifier";
    /** {@code task/{id}/submit-form} of engine-rest, or of the webapps' {@code engine/{name}/task/{id}/submit-form}. */
    private static final Pattern FORM_SUBMISSION = Pattern.compile(".*?(?:engine/([^/]+)/)?task/([^/]+)/submit-form/?");
    /** A form submitted for a task that is no longer open: completed by someone else, or its process moved on. */
    static final String TASK_GONE = "This task is no longer open: someone else completed it, or its process moved on."
        + " Nothing was saved; open the task list again for the next step.";
    /** {@code task/{id}} of engine-rest, or of the webapps' {@code engine/{name}/task/{id}}: a task opened (Tasklist's link). */
    private static final Pattern TASK = Pattern.compile(".*?(?:engine/([^/]+)/)?task/([^/]+)/?");
    private static final Pattern NOT_FOUND = Pattern.compile(
        "(?i).*(doesn't exist|does not exist|not found|cannot find|no .* found|is null: .*(task|instance|definition)).*", Pattern.DOTALL);

    @Override
    protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(RestErrors.class);
        register(EngineErrors.class);
        register(InputErrors.class);
        register(RecordErrors.class);
        register(CompletedMeanwhile.class);
    }

    /** The status a client's mistake deserves, or empty when the server failed. */
    static Optional<Response.Status> clientMistake(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return Optional.of(Response.Status.CONFLICT);
            }
            if (cause instanceof ConflictException || cause instanceof TaskAlreadyClaimedException) {
                return Optional.of(Response.Status.CONFLICT);
            }
            if (cause instanceof org.camunda.bpm.engine.exception.NotFoundException || cause instanceof NotFoundException
                || (cause instanceof NullValueException && cause.getMessage() != null && NOT_FOUND.matcher(cause.getMessage()).matches())) {
                return Optional.of(Response.Status.NOT_FOUND);
            }
            if (cause instanceof BadUserRequestException || cause instanceof InvalidInputException
                || cause instanceof FormFieldValidatorException
                || (cause.getMessage() != null && (cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)
                    || cause.getMessage().contains(INVALID_RESOURCE_ID)))) {
                return Optional.of(Response.Status.BAD_REQUEST);
            }
        }
        return Optional.empty();
    }

    static boolean isClientMistake(Throwable error) {
        return clientMistake(error).isPresent();
    }

    static Response badRequest(Throwable error, UriInfo request) {
        return mistake(Response.Status.BAD_REQUEST, error, request);
    }

    static Response mistake(Response.Status status, Throwable error) {
        return mistake(status, error, null);
    }

    /**
     * The database out of reach (Spring's transaction could not open a connection, the engine's statement lost it): a
     * 503 with Retry-After in Camunda's error shape, whose message Tasklist shows, logged in one line (README "Running
     * on PostgreSQL").
     */
    static Response unavailable(Throwable error, UriInfo request, HttpServletRequest servletRequest) {
        // one line, once a minute for all of them (the outage module's log filter); the outage filter learns of it
        log.warn("engine-rest answered 503 to {}: the database cannot be reached", request == null ? "a request" : request.getPath(), error);
        if (servletRequest != null) {
            servletRequest.setAttribute(DatabaseOutage.ANSWERED, error);
        }
        ExceptionDto answer = new ExceptionDto();
        answer.setType("DatabaseUnavailable");
        answer.setMessage(DatabaseOutage.MESSAGE);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(answer).type(MediaType.APPLICATION_JSON_TYPE)
            .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    /** One line, no stack trace: the caller sent something the engine refused. */
    static Response mistake(Response.Status status, Throwable error, UriInfo request) {
        log.info("engine-rest answered {}: {}: {}", status.getStatusCode(), error.getClass().getSimpleName(),
            oneLine(error.getMessage()));
        ExceptionDto answer = ExceptionDto.fromException(error);
        ownMessage(error, request).ifPresent(answer::setMessage);
        if (status == Response.Status.NOT_FOUND && request != null && FORM_SUBMISSION.matcher(request.getPath()).matches()) {
            // Tasklist shows the message as it is: "Cannot submit task form 4f2…: Cannot find task with id 4f2…: task is null"
            answer.setMessage(TASK_GONE);
        }
        Matcher opened = status == Response.Status.NOT_FOUND && request != null ? TASK.matcher(request.getPath()) : null;
        if (opened != null && opened.matches()) {
            elsewhere(opened.group(1), opened.group(2)).ifPresent(answer::setMessage);
        }
        return Response.status(status).entity(answer).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The message of Meridian's own refusal inside the engine's wrappers: Tasklist shows the answer's message as it is,
     * and "Cannot submit task form 4f2…: ENGINE-03051 There was an exception while invoking the TaskListener. Message:
     * 'deliveryDate … lies in the past …'" buried what the user must change under an engine code. A form submitted
     * ({@code task/{id}/submit-form}, as Tasklist does) is refused in the form's words, the fields by their labels, whatever
     * refused it (a completion check, a task listener, a step that ran on); a completion ({@code task/{id}/complete})
     * sent the variables by name, and its refusal names them so.
     */
    static Optional<String> ownMessage(Throwable error, UriInfo request) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException refusal) {
                Matcher submitted = request == null ? null : FORM_SUBMISSION.matcher(request.getPath());
                return Optional.ofNullable(submitted != null && submitted.matches()
                    ? FormRefusal.inForm(refusal, FormLabels.ofTask(submitted.group(1), submitted.group(2)))
                    : refusal.getMessage());
            }
            if (cause instanceof ConflictException || cause instanceof NotFoundException) {
                return Optional.ofNullable(cause.getMessage());
            }
            if (cause instanceof TaskAlreadyClaimedException claimed) {
                return Optional.of(claimedBy(claimed.getTaskAssignee()));
            }
        }
        return Optional.empty();
    }

    /**
     * A task the caller may not see that is still open: where it is now, as "does not exist anymore" (Tasklist's words for
     * any 404) sent the member of a desk whose client moved, following a reminder's link, to think it done. Empty when the
     * task is no longer open.
     */
    static Optional<String> elsewhere(String engineName, String taskId) {
        try {
            ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
            if (engine == null) {
                return Optional.empty();
            }
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    TaskEntity task = context.getTaskManager().findTaskById(taskId);
                    if (task == null) {
                        return Optional.<String>empty();
                    }
                    List<String> groups = task.getIdentityLinks().stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(IdentityLinkEntity::getGroupId).toList();
                    return Optional.of("This task is still open, but not in your Tasklist: it is with "
                        + (groups.isEmpty() ? "no team" : String.join(", ", groups))
                        + (task.getAssignee() == null ? "" : ", held by " + task.getAssignee())
                        + ". Its client may have moved to another desk, or a manager gave it to someone else; nothing was lost.");
                });
        } catch (RuntimeException e) {
            log.warn("Could not tell where task {} is: {}", taskId, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Tasklist shows a refusal's message as it is, and Camunda's names every permission it looked for ("The user with id
     * 'sam' does not have one of the following permissions: 'TASK_ASSIGN' permission on resource '4f2…' of type 'Task' or
     * …"): who may do it instead, in words.
     */
    static final String ONLY_MANAGERS_ASSIGN = "Only a manager (group managers) or an administrator gives a task to someone else,"
        + " delegates it or takes it from the one who holds it: ask a manager. You claim, complete and hand back your own group's tasks.";

    /** Refused as the user may not give the task to someone, take it from its holder or delegate it (TASK_ASSIGN). */
    static boolean assigning(AuthorizationException refused) {
        return refused.getMissingAuthorizations().stream()
            .anyMatch(missing -> Permissions.TASK_ASSIGN.getName().equals(missing.getViolatedPermissionName()));
    }

    /** A claim of a task someone holds: who holds it, and what to do (Camunda's says "claimed by someone else"). */
    static String claimedBy(String assignee) {
        return "This task is claimed by " + assignee + " already: ask " + assignee + " to hand it back, or a manager to give it to you.";
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.replaceAll("\\s+", " ").trim();
        return line.length() > 500 ? line.substring(0, 500) + "..." : line;
    }

    /**
     * Two completions of one task at the same moment: the one that read the task before the other
     * removed its execution fails inside the engine with a NullPointerException instead of an
     * optimistic locking failure. The task was completed by the other: a conflict, not a server error.
     */
    static boolean completedMeanwhile(RestException error) {
        String message = error.getMessage();
        if (message == null || !(message.startsWith("Cannot complete task") || message.startsWith("Cannot submit task form"))) {
            return false;
        }
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NullPointerException) {
                return true;
            }
        }
        return false;
    }

    @Priority(1000)
    static class RestErrors implements ExceptionMapper<RestException> {
        @Context
        UriInfo request;
        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(RestException error) {
            if (DatabaseOutage.in(error)) {
                return unavailable(error, request, servletRequest);
            }
            Response.Status status = error.getStatus() == null ? Response.Status.INTERNAL_SERVER_ERROR : error.getStatus();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                Optional<Response.Status> mistake = clientMistake(error);
                if (mistake.isPresent()) {
                    return mistake(mistake.get(), error, request);
                }
                if (completedMeanwhile(error)) {
                    return mistake(Response.Status.CONFLICT, error);
                }
                return ExceptionHandlerHelper.getInstance().getResponse(error);
            }
            return mistake(status, error, request);
        }
    }

    @Priority(1000)
    static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        @Context
        UriInfo request;
        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(ProcessEngineException error) {
            if (DatabaseOutage.in(error)) {
                return unavailable(error, request, servletRequest);
            }
            Optional<Response.Status> mistake = clientMistake(error);
            if (mistake.isPresent()) {
                return mistake(mistake.get(), error, request);
            }
            if (error instanceof AuthorizationException refused) {
                log.info("engine-rest answered 403: {}", oneLine(error.getMessage()));
                ExceptionDto answer = ExceptionDto.fromException(error);
                if (assigning(refused)) {
                    answer.setMessage(ONLY_MANAGERS_ASSIGN);
                }
                return Response.status(Response.Status.FORBIDDEN).entity(answer).type(MediaType.APPLICATION_JSON_TYPE).build();
            }
            return ExceptionHandlerHelper.getInstance().getResponse(error);
        }
    }

    /**
     * A task completed twice at the same moment: the completion that read the task before the other
     * removed its execution fails inside the engine with a NullPointerException (not wrapped, so
     * not one of the engine's exceptions) instead of an optimistic locking failure. It lost the
     * race: a 409. Any other NullPointerException is a server error, answered as Camunda does.
     */
    @Priority(1000)
    static class CompletedMeanwhile implements ExceptionMapper<NullPointerException> {
        private static final Pattern TASK_COMPLETION = Pattern.compile(".*task/[^/]+/(complete|submit-form|resolve)/?");

        @Context
        UriInfo request;

        @Override
        public Response toResponse(NullPointerException error) {
            if (request != null && TASK_COMPLETION.matcher(request.getPath()).matches()) {
                return mistake(Response.Status.CONFLICT, error);
            }
            return ExceptionHandlerHelper.getInstance().getResponse(error);
        }
    }

    /**
     * A value Meridian's own process code refused (an unknown follow-up answer, a score out of
     * range) while engine-rest completed a task or started a process: the caller's mistake, and
     * the transaction was rolled back.
     */
    @Priority(1000)
    static class InputErrors implements ExceptionMapper<InvalidInputException> {
        @Context
        UriInfo request;

        @Override
        public Response toResponse(InvalidInputException error) {
            return badRequest(error, request);
        }
    }

    /**
     * A record Meridian's own process code could not find or whose state refuses the step (a talk started
     * in Tasklist for an unknown or lost inquiry): the caller's mistake, 404 or 409 with the message, not a
     * server error.
     */
    @Priority(1000)
    static class RecordErrors implements ExceptionMapper<RuntimeException> {
        @Context
        UriInfo request;
        @Context
        HttpServletRequest servletRequest;

        @Override
        public Response toResponse(RuntimeException error) {
            if (DatabaseOutage.in(error)) {
                return unavailable(error, request, servletRequest);
            }
            Optional<Response.Status> mistake = error instanceof NotFoundException || error instanceof ConflictException
                ? clientMistake(error) : Optional.empty();
            return mistake.map(status -> mistake(status, error)).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(error));
        }
    }
}
