package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.meridian.testsupport.CapturesOutput;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Configuration;

/** A port another process holds stops the start with one report naming PORT (server.port), the port and what to do. */
@CapturesOutput
class PortInUseFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ServletWebServerFactoryAutoConfiguration.class)
    static class WebServerOnly {
    }

    @Test
    void theStartOnAPortInUseNamesTheSettingItsValueAndWhatToDo(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new SpringApplicationBuilder(WebServerOnly.class).web(WebApplicationType.SERVLET).run(
                "--spring.main.banner-mode=off", "--meridian.rules.precompile=false", "--meridian.engine.parse-sql-ahead=false",
                "--server.address=127.0.0.1", "--server.port=" + port))
                .hasRootCauseInstanceOf(BindException.class);

            assertThat(output.getOut()).contains("APPLICATION FAILED TO START",
                "Meridian refuses to start: port " + port + ", the value of PORT (server.port), is already in use",
                "Stop the process that listens on port " + port, "start this server on a free port with PORT (server.port)")
                .as("Spring's own report, which names no setting, is not printed").doesNotContain("Web server failed to start");
        }
    }
}
