package io.meridian.system;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A message correlation with {@code variablesInResultEnabled} and a start with {@code withVariablesInReturn} answer with
 * every variable of the process they reached: the engine reads them for the answer without asking whether the caller
 * may read that process. The integrations, which read their records over {@code /api} and no process instance
 * (GroupGrants), read any journey's client, notes and minutes that way by correlating an event to it. Refused with a
 * 403 naming the option to a caller who may not read the process's instances (READ on every process instance, or
 * READ_INSTANCE on its process definition: on every one for a message, which may reach any), over engine-rest and the
 * webapps' engine API alike; the same calls without the option answer as before.
 */
class VariablesInAnswers extends OncePerRequestFilter {

    static final String MESSAGE_OPTION = "variablesInResultEnabled";
    static final String START_OPTION = "withVariablesInReturn";

    /** engine-rest's own path after its prefix, {@code /engine/NAME} included; the webapps' after {@code /engine/NAME}. */
    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)$");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)$");
    private static final Pattern START = Pattern.compile("^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/start$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RepositoryService repository;
    private final EngineReads engine;

    VariablesInAnswers(IdentityService identity, AuthorizationService authorizations, RepositoryService repository, EngineReads engine) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.repository = repository;
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // the decoded path (Jersey matches %6Dessage as message), without repeated or trailing slashes
        String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
            .replaceAll("/{2,}", "/").replaceAll("(?<=.)/$", "");
        Matcher engineRest = ENGINE_REST.matcher(path);
        Matcher webapp = WEBAPP_ENGINE.matcher(path);
        String engineName;
        String call;
        if (engineRest.matches()) {
            engineName = engineRest.group(1);
            call = engineRest.group(2);
        } else if (webapp.matches()) {
            engineName = webapp.group(1);
            call = webapp.group(2);
        } else {
            chain.doFilter(request, response);
            return;
        }
        Matcher start = START.matcher(call);
        String option = "/message".equals(call) ? MESSAGE_OPTION : start.matches() ? START_OPTION : null;
        if (option == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        HttpServletRequest again = new CachedBodyRequest(request, body);
        if (!asks(body, option)) {
            chain.doFilter(again, response);
            return;
        }
        Optional<Authentication> caller = engineRest.matches() ? Optional.ofNullable(identity.getCurrentAuthentication())
            : webappUser(request.getSession(false), engineName);
        if (caller.isEmpty() || caller.get().getUserId() == null) {
            chain.doFilter(again, response); // nobody signed in: Camunda's own filters answer 401
            return;
        }
        String definitionKey = start.matches() ? definitionKey(start.group(1), start.group(2)) : null;
        if (readsInstances(caller.get(), definitionKey)) {
            chain.doFilter(again, response);
            return;
        }
        String what = definitionKey == null ? "every process" : "the process " + definitionKey;
        ProblemResponses.write(response, 403, "Variables in the answer need the read of the process",
            option + ": the answer would carry the process's variables, and " + caller.get().getUserId() + " may not read "
                + (definitionKey == null ? "the processes'" : "its") + " instances (READ_INSTANCE on " + what + "). Leave "
                + option + " out: " + ("/message".equals(call)
                    ? "resultEnabled alone answers which process the event reached"
                    : "the start answers the new instance's id")
                + "; read your records over /api.");
    }

    /** Whether the JSON body asks for the option (as Camunda reads it: true, or the text "true"). */
    private static boolean asks(byte[] body, String option) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() && json.path(option).asBoolean(false);
        } catch (IOException e) {
            return false; // not JSON: Camunda refuses it as a bad request
        }
    }

    /** The webapps' signed-in user for that engine (their session, as Camunda's own filter reads it). */
    private static Optional<Authentication> webappUser(HttpSession session, String engineName) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        if (all == null || !(all.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Authentication(user.getIdentityId(), user.getGroupIds()));
    }

    /** The key of a start by key or by id; none (every process) for an id that names no definition, which Camunda answers. */
    private String definitionKey(String key, String id) {
        if (key != null) {
            return key;
        }
        return engine.asSystem(() -> repository.createProcessDefinitionQuery().processDefinitionId(id).list())
            .stream().findFirst().map(ProcessDefinition::getKey).orElse(null);
    }

    /** Asked as the server: a question about the caller's grants, not the caller's own request. */
    private boolean readsInstances(Authentication caller, String definitionKey) {
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        String user = caller.getUserId();
        return engine.asSystem(() -> authorizations.isUserAuthorized(user, groups, Permissions.READ, Resources.PROCESS_INSTANCE, "*")
            || authorizations.isUserAuthorized(user, groups, Permissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
                definitionKey == null ? "*" : definitionKey));
    }
}
