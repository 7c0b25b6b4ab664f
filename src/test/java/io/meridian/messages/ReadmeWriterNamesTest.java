package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README quotes the Japanese and Korean openings as the server writes them, with the writer's name: the first and
 * last name of the demo user who completed the task ("Sam Demo"), as a reader of the default run finds it in the email.
 */
@MeridianTest
class ReadmeWriterNamesTest {

    /** A name the README quotes after a department in an opening: "海外営業部のSam Demoでございます", "해외영업팀 Sam Demo입니다". */
    private static final Pattern WRITER = Pattern.compile("(?:部の|팀 )([A-Z][a-z]+ [A-Z][a-z]+)(?:でございます|입니다)");

    @Autowired
    IdentityService identity;

    @Test
    void shouldQuoteTheWriterByTheNameTheDefaultRunSignsWith() throws IOException {
        Matcher m = WRITER.matcher(Files.readString(Path.of("README.md")));
        List<String> quoted = new ArrayList<>();
        while (m.find()) {
            quoted.add(m.group(1));
        }
        assertThat(quoted).as("the README's quoted openings").isNotEmpty();
        List<String> names = identity.createUserQuery().list().stream().map(u -> u.getFirstName() + " " + u.getLastName()).toList();
        assertThat(names).as("the demo users' names").contains("Sam Demo");
        assertThat(quoted).as("names the README quotes in emails").allSatisfy(name -> assertThat(names).contains(name));
    }
}
