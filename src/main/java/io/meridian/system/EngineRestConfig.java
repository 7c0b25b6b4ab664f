package io.meridian.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * engine-rest as the starter configures it, plus error mappers that answer 400 instead of 500
 * when the engine or Meridian's process code refused what the client sent (a Java-serialized
 * variable, a follow-up answer the process does not know). Camunda's own error body (type,
 * message, no stack trace) is kept.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    /** Engine messages that mean "the request was refused", not "the server failed". */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

    @Override
    protected void registerAdditionalResources() {
        super.registerAdditionalResources();
        register(RestErrors.class);
        register(EngineErrors.class);
        register(InputErrors.class);
    }

    static boolean isClientMistake(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof InvalidInputException
                || (cause.getMessage() != null && cause.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED))) {
                return true;
            }
        }
        return false;
    }

    static Response badRequest(Throwable error) {
        return Response.status(Response.Status.BAD_REQUEST).entity(ExceptionDto.fromException(error))
            .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Priority(1000)
    static class RestErrors implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException error) {
            if (error.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && isClientMistake(error)) {
                return badRequest(error);
            }
            return camunda.toResponse(error);
        }
    }

    @Priority(1000)
    static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException error) {
            Response response = camunda.toResponse(error);
            if (response.getStatus() == 500 && error instanceof NullValueException) {
                // "task x doesn't exist: task is null": an unknown id in the path
                return Response.status(Response.Status.NOT_FOUND).entity(ExceptionDto.fromException(error))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
            }
            if (response.getStatus() == 500 && isClientMistake(error)) {
                return badRequest(error);
            }
            return response;
        }
    }

    /**
     * A value Meridian's own process code refused (an unknown follow-up answer, a score out of
     * range) while engine-rest completed a task or started a process: the caller's mistake, and
     * the transaction was rolled back.
     */
    @Priority(1000)
    static class InputErrors implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException error) {
            return badRequest(error);
        }
    }
}
