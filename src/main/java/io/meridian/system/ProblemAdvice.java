package io.meridian.system;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.meridian.names.Nearest;
import io.meridian.outage.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of {@code /api} as RFC 9457 problem details naming the offending fields. A client
 * mistake is a 4xx; anything else is a 500 that says nothing about the inside. Not limited to
 * Meridian's packages: a wrong method, media type or path is found before any controller is.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    /** Where Jackson says where a structure started: "[Source: REDACTED (`...` disabled); line: 1, column: 1]". */
    private static final Pattern SOURCE_NOTE =
        Pattern.compile("\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ObjectMapper mapper;
    private final SpringValidatorAdapter validator;

    ProblemAdvice(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** One offending field and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(),
            e.fields().entrySet().stream().map(f -> new FieldError(f.getKey(), f.getValue())).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(),
            e.field().map(field -> List.of(new FieldError(field, e.getMessage()))).orElse(null));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict with the current state", e.getMessage(), null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail notAuthorized(AuthorizationException e) {
        log.debug("Refused by the engine's authorization", e);
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "you are not authorized to do this", null);
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        return problem(HttpStatus.CONFLICT, "Conflict with the current state",
            "the record was changed by someone else at the same time; try again", null);
    }

    /**
     * Two requests changing the same process instance at the same moment: the engine reads an
     * execution tree the other transaction is changing (read committed) and usually fails with an
     * optimistic locking exception, sometimes with a NullPointerException inside its own code.
     * Either way the change lost the race and nothing was written.
     */
    @ExceptionHandler(NullPointerException.class)
    ProblemDetail engineRace(NullPointerException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0 || !trace[0].getClassName().startsWith("org.camunda.bpm.engine.impl.")) {
            return unexpected(e);
        }
        log.warn("A change lost a race in the engine and was rolled back: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict with the current state",
            "the record was changed by someone else at the same time; try again", null);
    }

    /**
     * Every event endpoint checks that the journey waits for the event before it correlates it; a correlation that
     * then finds no waiting execution lost a race against a simultaneous event that moved the journey on.
     */
    @ExceptionHandler(MismatchingMessageCorrelationException.class)
    ProblemDetail eventRaced(MismatchingMessageCorrelationException e) {
        log.info("Event refused as a conflict: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict with the current state",
            "the record no longer waits for this event: another event changed it at the same time; read it again", null);
    }

    /**
     * The same race one step later: the correlation found the waiting execution, and by the time it delivered the
     * message a simultaneous event had consumed its subscription. The engine says so only in its message (a plain
     * {@link ProcessEngineException}); anything else of that type is still an unexpected error.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail subscriptionRaced(ProcessEngineException e) {
        if (e.getMessage() == null || !e.getMessage().contains("does not have a subscription to a message event")) {
            return unexpected(e);
        }
        log.info("Event refused as a conflict: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict with the current state",
            "the record no longer waits for this event: another event changed it at the same time; read it again", null);
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        String message = "the multipart body cannot be read (is the boundary missing or wrong?)";
        return problem(HttpStatus.BAD_REQUEST, "Malformed multipart body", message, List.of(new FieldError("body", message)));
    }

    /** Spring refuses a wildcard Content-Type with an IllegalArgumentException deep in its converters. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.trim().startsWith("*")) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Content-Type '" + contentType + "' is a wildcard; send the body's real type, e.g. application/json", null);
        }
        return unexpected(e);
    }

    /**
     * Anything else: a 500 that says nothing about the inside. The database out of reach is left to the outage filter
     * (thrown on as it came, which Spring passes on without a word), which answers it 503 on every path alike.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (e instanceof RuntimeException failure && DatabaseOutage.in(failure)) {
            throw failure;
        }
        log.error("Unexpected error answering a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "The server could not answer; the error is logged.", null);
    }

    /** A request record that breaks its constraints: every field named, as {@link InvalidInputException} names them. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().headers(headers).body(invalidInput(new InvalidInputException(RequestViolations.of(ex.getBindingResult()))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().headers(headers).body(invalidInput(new InvalidInputException(RequestViolations.of(ex))));
    }

    /**
     * A path no endpoint serves: Meridian's body naming the method and path, where Spring's said "No static resource
     * api/…" (the last handler it asked serves static files, which {@code /api} has none of).
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        String path = path(request, "/" + ex.getResourcePath());
        String detail = "no endpoint " + ex.getHttpMethod() + " " + path
            + (path.startsWith("/api/") || path.equals("/api") ? ": the API's paths are described at /api/openapi" : "");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(headers).body(problem(HttpStatus.NOT_FOUND, "Not found", detail, null));
    }

    /**
     * A body of a type the endpoint does not read: which type was sent, where, and which the endpoint takes (also in
     * {@code Accept-Post} or {@code Accept-Patch}, as Spring sets them), where Spring's detail named only the type refused.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type"
            : "Content-Type '" + ex.getContentType().getType() + "/" + ex.getContentType().getSubtype() + "'";
        // the JSON types the endpoint names (its converters also list wildcards such as application/*+json, and YAML)
        List<String> concrete = ex.getSupportedMediaTypes().stream().filter(type -> !type.isWildcardType() && !type.isWildcardSubtype()
            && !type.getSubtype().startsWith("*")).map(type -> type.getType() + "/" + type.getSubtype()).distinct().toList();
        List<String> json = concrete.stream().filter(type -> type.endsWith("/json") || type.endsWith("+json")).toList();
        String takes = String.join(" or ", json.isEmpty() ? concrete : json);
        String detail = sent + " is not read by " + path(request, "this endpoint")
            + (takes.isEmpty() ? "" : "; send the body as " + takes);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers)
            .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", detail, null));
    }

    /** A path served with other methods: which method is refused on which path, and which the path allows (also in {@code Allow}). */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null || ex.getSupportedHttpMethods().isEmpty() ? "none"
            : ex.getSupportedHttpMethods().stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        String detail = ex.getMethod() + " is not allowed on " + path(request, "") + "; it allows " + allowed;
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
            .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", detail, null));
    }

    private static String path(WebRequest request, String fallback) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return http.getRequestURI().substring(http.getContextPath().length());
        }
        return fallback;
    }

    /**
     * A path or query value of the wrong type names its parameter and the type, with the other refusals' {@code errors}:
     * {@code POST /api/rules/etiquette/versions/abc/activate} answered Spring's "Failed to convert 'version' with value: 'abc'".
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String message = field + " '" + ex.getValue() + "' is not a " + simpleType(ex.getRequiredType());
        return ResponseEntity.badRequest().headers(headers)
            .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", message, List.of(new FieldError(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = fieldProblem(ex).map(Throwable.class::cast).orElse(ex.getMostSpecificCause());
        ProblemDetail body;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // every other field the body shows wrong in the same 400, where Jackson stopped at this one
            Optional<Map<String, String>> all = BufferedJsonBodies.of().flatMap(sent -> BodyFieldProblems.of(mapper,
                validator, sent.bytes(), mapper.constructType(sent.type()), ProblemAdvice::describe));
            if (all.isPresent() && !all.get().isEmpty()) {
                return ResponseEntity.badRequest().headers(headers).body(invalidInput(new InvalidInputException(all.get())));
            }
            String field = fieldPath(mapping);
            String message = describe(field, mapping);
            body = problem(HttpStatus.BAD_REQUEST, "Invalid request", message, List.of(new FieldError(field, message)));
        } else if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
            && !mismatch.getTargetType().isArray() && !Collection.class.isAssignableFrom(mismatch.getTargetType())) {
            // the body's top level is an array, text or number where the endpoint takes an object
            String message = "the request body must be a JSON object ({...}) with the fields /api/openapi describes for "
                + path(request, "this endpoint");
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", message, List.of(new FieldError("body", message)));
        } else if (cause instanceof JsonProcessingException json) {
            // the parser's own wording, without its note on the hidden source ("[Source: REDACTED (...); line: 1, column: 1]")
            String original = SOURCE_NOTE.matcher(String.valueOf(json.getOriginalMessage())).replaceAll("line $1, column $2");
            String message = "malformed JSON: " + original
                + (json.getLocation() == null ? "" : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr());
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", message, List.of(new FieldError("body", message)));
        } else {
            String message = "the request body is missing or is not JSON";
            body = problem(HttpStatus.BAD_REQUEST, "Malformed JSON", message, List.of(new FieldError("body", message)));
        }
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    /**
     * A parser's refusal that is about one field, as a refusal of that field: a number too large for its field
     * ({@code "quantity": 99999999999999999999}) or a field given twice in one object. Jackson reports both without the
     * field's path, so they were answered as a malformed body ("Numeric value (…) out of range of int") naming no field.
     */
    static Optional<JsonMappingException> fieldProblem(Throwable thrown) {
        JsonProcessingException read = null;
        List<JsonMappingException.Reference> path = List.of();
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonMappingException mapping && path.isEmpty()) {
                path = mapping.getPath();
            }
            if (t instanceof InputCoercionException || (t instanceof JsonParseException parse
                && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field "))) {
                read = (JsonProcessingException) t;
                break;
            }
        }
        if (read == null) {
            return Optional.empty();
        }
        JsonParser parser = read.getProcessor() instanceof JsonParser p ? p : null;
        String message;
        if (read instanceof InputCoercionException coercion) {
            String value = "the number";
            try {
                value = parser == null ? value : parser.getText();
            } catch (IOException | RuntimeException e) {
                // the parser is closed: the message stays without the value
            }
            message = value + " is out of range" + range(coercion.getTargetType());
        } else {
            message = "given twice in the same object: send each field once";
        }
        // the parser's place names the field itself; the mapping's path stops at the property whose value held it
        if (parser != null) {
            LinkedList<JsonMappingException.Reference> context = new LinkedList<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    context.addFirst(new JsonMappingException.Reference(null, c.getCurrentName()));
                } else if (c.inArray()) {
                    context.addFirst(new JsonMappingException.Reference(null, Math.max(c.getCurrentIndex(), 0)));
                }
            }
            path = context.isEmpty() ? path : context;
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        JsonMappingException problem = new JsonMappingException(null, message, read);
        for (int i = path.size() - 1; i >= 0; i--) {
            problem.prependPath(path.get(i));
        }
        return Optional.of(problem);
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " for a whole number (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")";
        }
        if (type == Long.class || type == long.class) {
            return " for a whole number (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")";
        }
        return "";
    }

    /** The JSON path of the field a refusal is about: {@code inquiry.quantity}, {@code checklist[1]}. */
    static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static String describe(String field, JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                : unknown.getKnownPropertyIds().stream().map(String::valueOf).toList();
            if (known.isEmpty()) {
                return "unknown field '" + field + "'";
            }
            return "unknown field '" + field + "'" + Nearest.to(unknown.getPropertyName(), known).map(name -> ": did you mean '" + name + "'?").orElse("")
                + " (the fields " + (field.contains(".") ? "of " + field.substring(0, field.lastIndexOf('.')) : "at the top") + ": "
                + String.join(", ", known) + ")";
        }
        if (e instanceof InvalidFormatException format) {
            String expected = simpleType(format.getTargetType());
            Object value = format.getValue();
            if (value instanceof Number number && expected.equals("whole number")) {
                return field + ": " + number + " is not a whole number";
            }
            if (value instanceof Number || value instanceof Boolean) {
                return field + ": expected " + expected + ", not " + value + " without quotes";
            }
            return field + ": '" + value + "' is not a valid " + expected;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return field + ": expected " + simpleType(mismatch.getTargetType());
        }
        return field + ": " + e.getOriginalMessage();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == Long.class || type == Short.class || type == int.class || type == long.class
            || type == short.class || type == BigInteger.class) {
            return "whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "value (one of " + Arrays.toString(type.getEnumConstants()) + ")";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list ([...])";
        }
        // a part of the request (a record of its fields) or a map: the caller knows it as a JSON object, not by its class
        return "object ({...} with its fields)";
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (errors != null) {
            problem.setProperties(Map.of("errors", errors));
        }
        return problem;
    }
}
