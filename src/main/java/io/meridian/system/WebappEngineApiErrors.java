package io.meridian.system;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, which Tasklist submits its forms to) answers a refusal as
 * {@code /engine-rest} does ({@link EngineRestConfig}'s mappers): a 400 with Meridian's message in the form's words,
 * where Camunda's own handler answered a 500 "Cannot submit task form …: ENGINE-03051 There was an exception while
 * invoking the TaskListener. Message: '…'". The starter registers that API as its own Jersey servlet ("Engine Api",
 * {@code EngineRestApplication}); its mappers are added as init parameter once every initializer has run.
 */
@Component
class WebappEngineApiErrors implements ServletContextInitializer {

    private static final Logger log = LoggerFactory.getLogger(WebappEngineApiErrors.class);

    /** The servlet name the Camunda webapp starter gives the engine API. */
    static final String ENGINE_API = "Engine Api";

    static final String MAPPERS = Stream.of(EngineRestConfig.RestErrors.class, EngineRestConfig.EngineErrors.class,
            EngineRestConfig.InputErrors.class, EngineRestConfig.RecordErrors.class, EngineRestConfig.CompletedMeanwhile.class)
        .map(Class::getName).collect(Collectors.joining(","));

    @Override
    public void onStartup(ServletContext servletContext) {
        // the starter's initializer may run after this one: the servlet is looked up when the context starts, in the
        // context given here (the listener's own may not register anything, Servlet specification 4.4)
        servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API);
                if (engineApi == null) {
                    log.info("No servlet '{}': the Camunda webapps are not in this server", ENGINE_API);
                    return;
                }
                engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, MAPPERS);
            }
        });
    }
}
