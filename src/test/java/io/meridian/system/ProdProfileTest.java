package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.meridian.MeridianApplication;
import io.meridian.messages.MessageSettings;
import io.meridian.outbox.MailHostFailureAnalyzer;
import io.meridian.outbox.MailHostMissingException;
import io.meridian.outbox.MailHostRequired;
import io.meridian.outbox.MailSettings;
import io.meridian.outbox.OutboxSettings;
import io.meridian.testsupport.CapturesOutput;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The {@code prod} profile: no demo users, an administrator with a real password, or no start at all.
 * Two real starts (a refused one, an accepted one); the password refusals run the check alone.
 */
@CapturesOutput
class ProdProfileTest {

    /**
     * Starts with the prod profile, the environment variables given as command-line properties. Its
     * engine has a name of its own: Camunda keeps engines in a static registry, and closing this
     * context must not unregister the engine of the other tests' context.
     */
    private static ConfigurableApplicationContext prod(String password) {
        // a new database: the explicit schema step of README "Production schema"
        return prod(password, "--MERIDIAN_SCHEMA_UPDATE=true");
    }

    private static ConfigurableApplicationContext prod(String password, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
            "--server.port=0", "--MERIDIAN_ADDRESS=127.0.0.1", "--camunda.bpm.process-engine-name=prod" + UUID.randomUUID().toString().substring(0, 8),
            "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "--MERIDIAN_ADMIN_USER=chief", "--MERIDIAN_ADMIN_PASSWORD=" + password, "--MERIDIAN_SIGNATURE=Acme Export Ltd.\\n+86 21 5555 0100",
            "--MERIDIAN_MAIL_FROM=Acme Export Sales <sales@acme.example>", "--MERIDIAN_ADMIN_EMAIL= it@acme.example ",
            // a mail server the relay finds closed: the start needs one, the test sends nothing
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=9"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(MeridianApplication.class).profiles("prod").run(arguments.toArray(String[]::new));
    }

    @Test
    void shouldNotCreateTheSchemaOnStartButSayWhatIsMissing(CapturedOutput output) {
        assertThatThrownBy(() -> prod("a-real-secret-2027", "--spring.main.banner-mode=off"))
            .rootCause().message().contains("has none of Meridian's", "schema migrations (a new database)",
                "this run only checks the schema");
        // the first start on every new database: the report, not Tomcat's warnings with stack traces about the
        // connection pool's threads (a memory leak of a web application redeployed in a shared Tomcat, not of a process that ends)
        assertThat(output.getOut()).contains("Meridian refuses to start: The database jdbc:h2:mem:prod-")
            .doesNotContain("appears to have started a thread", "This is very likely to create a memory leak");
    }

    /**
     * The administrator's start-up check with the prod profile's own properties files (the
     * environment variables given as properties), without the rest of the server: a refusal needs
     * no engine, no rules and no web server to be shown. The real server's refusal to start is
     * shown by {@link #shouldNotCreateTheSchemaOnStartButSayWhatIsMissing()}.
     */
    private static ApplicationContextRunner prodAdministrator() {
        return withPropertiesFiles(AdministratorOnly.class)
            .withPropertyValues("spring.profiles.active=prod", "MERIDIAN_ADMIN_USER=chief")
            .withBean(IdentityService.class, () -> mock(IdentityService.class));
    }

    /** A context of {@code configuration} alone that reads the server's properties files, as a start would. */
    private static ApplicationContextRunner withPropertiesFiles(Class<?> configuration) {
        return new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(configuration);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdminSettings.class)
    @Import(AdminAccount.class)
    static class AdministratorOnly {
    }

    @Test
    void shouldRefuseToStartWithADemoPassword() {
        prodAdministrator().withPropertyValues("MERIDIAN_ADMIN_PASSWORD=demo").run(context ->
            assertThat(context).getFailure().rootCause().isInstanceOf(AdminPasswordException.class)
                .hasMessageContaining("demo or default password"));
    }

    @Test
    void shouldRefuseToStartWithAnAdministratorsAddressThatIsNoAddress() {
        prodAdministrator().withPropertyValues("MERIDIAN_ADMIN_PASSWORD=a-real-secret-2027", "MERIDIAN_ADMIN_EMAIL=it@acme").run(context -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(AdminPasswordException.class)
                .hasMessage("MERIDIAN_ADMIN_EMAIL 'it@acme' is not an email address such as admin@acme.example; leave it unset for none.");
            // the start-up report of that very failure says to set the address, not the password
            assertThat(new AdminPasswordFailureAnalyzer().analyze(context.getStartupFailure()).getAction())
                .isEqualTo("Set MERIDIAN_ADMIN_EMAIL to the administrator's email address, or leave it unset.");
        });
        prodAdministrator().withPropertyValues("MERIDIAN_ADMIN_PASSWORD=a-real-secret-2027", "MERIDIAN_ADMIN_EMAIL=it@acme.example").run(context ->
            assertThat(context).hasNotFailed());
    }

    @Test
    void shouldRefuseToStartWithoutAPassword() {
        prodAdministrator().run(context ->
            assertThat(context).getFailure().rootCause().isInstanceOf(AdminPasswordException.class)
                .hasMessageContaining("MERIDIAN_ADMIN_PASSWORD is not set"));
    }

    @Test
    void shouldPassTheCheckWithARealPasswordAndOutsideTheProdProfile() {
        prodAdministrator().withPropertyValues("MERIDIAN_ADMIN_PASSWORD=a-real-secret-2027").run(context ->
            assertThat(context).hasNotFailed().hasSingleBean(AdminAccount.class));
        // the default profile creates no administrator, so it checks no password
        withPropertiesFiles(AdministratorOnly.class)
            .withBean(IdentityService.class, () -> mock(IdentityService.class))
            .run(context -> assertThat(context).hasNotFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MessageSettings.class)
    static class MessageSettingsOnly {
    }

    @Test
    void shouldRefuseToStartWithoutASignatureForTheClientsEmails() {
        ApplicationContextRunner prodMessages = withPropertiesFiles(MessageSettingsOnly.class)
            .withPropertyValues("spring.profiles.active=prod");
        prodMessages.run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("meridian.messages.signature is empty: every client email would go out unsigned")
            .hasMessageContaining("MERIDIAN_SIGNATURE"));
        prodMessages.withPropertyValues("MERIDIAN_SIGNATURE=Acme Export Ltd.\\n+86 21 5555 0100").run(context ->
            assertThat(context.getBean(MessageSettings.class).signatureLines()).containsExactly("Acme Export Ltd.", "+86 21 5555 0100"));
        // the default run signs as the demo company (each email adds the team that sends it)
        withPropertiesFiles(MessageSettingsOnly.class)
            .run(context -> assertThat(context.getBean(MessageSettings.class).signatureLines())
                .containsExactly("Meridian Demo Trading Co., Ltd."));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailSettings.class)
    static class MailSettingsOnly {
    }

    @Test
    void shouldRefuseToStartWithoutTheAddressClientEmailsComeFrom() {
        ApplicationContextRunner prodMail = withPropertiesFiles(MailSettingsOnly.class)
            .withPropertyValues("spring.profiles.active=prod");
        prodMail.run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageContaining("meridian.mail.from is empty")
            .hasMessageContaining("MERIDIAN_MAIL_FROM"));
        prodMail.withPropertyValues("MERIDIAN_MAIL_FROM=Acme Export Sales <sales@acme.example>").run(context ->
            assertThat(context.getBean(MailSettings.class).from()).isEqualTo("Acme Export Sales <sales@acme.example>"));
        // the default run writes from the demo's address
        withPropertiesFiles(MailSettingsOnly.class)
            .run(context -> assertThat(context.getBean(MailSettings.class).from()).isEqualTo("meridian@localhost"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OutboxSettings.class)
    @Import(MailHostRequired.class)
    static class MailHostOnly {
    }

    /**
     * A production server without a mail server would plan every client email and send none: it started with a WARN line
     * only, and the quotes, confirmations and tracking numbers piled up unsent. It refuses to start, naming the property.
     */
    @Test
    void shouldRefuseToStartWithoutAMailServer() {
        ApplicationContextRunner prodOutbox = withPropertiesFiles(MailHostOnly.class).withPropertyValues("spring.profiles.active=prod");
        prodOutbox.run(context -> {
            assertThat(context).getFailure().rootCause().isInstanceOf(MailHostMissingException.class)
                .hasMessageContaining("spring.mail.host (SPRING_MAIL_HOST) is not set");
            FailureAnalysis analysis = new MailHostFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("Meridian refuses to start: spring.mail.host");
            assertThat(analysis.getAction()).startsWith("Set SPRING_MAIL_HOST to the company's mail server")
                .contains("MERIDIAN_OUTBOX_POLL_ENABLED=false");
        });
        prodOutbox.withPropertyValues("spring.mail.host=smtp.acme.example").run(context -> assertThat(context).hasNotFailed());
        // a node that sends nothing while another sends, and a production server told to send nothing
        prodOutbox.withPropertyValues("MERIDIAN_OUTBOX_POLL_ENABLED=false").run(context -> assertThat(context).hasNotFailed());
        prodOutbox.withPropertyValues("MERIDIAN_MAIL_HOST_REQUIRED=false").run(context -> assertThat(context).hasNotFailed());
        // the default run keeps its outbox without a mail server
        withPropertiesFiles(MailHostOnly.class).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void shouldSayWhyItRefusesToStart() {
        prodAdministrator().run(context -> {
            FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("refuses to start", "MERIDIAN_ADMIN_PASSWORD is not set");
            assertThat(analysis.getAction()).startsWith("Set the environment variable MERIDIAN_ADMIN_PASSWORD");
        });
    }

    /**
     * A database the default run used first holds its demo users, who sign in with {@code demo}: a production start
     * refuses them by name (shown against the test context's users by {@link GuessablePasswordsTest}) or, told to,
     * deletes them and keeps its administrator.
     */
    @Test
    void shouldDeleteTheDemoUsersOfTheDefaultRunWhenToldTo() {
        // the demo users as the default run leaves them in the database
        try (ConfigurableApplicationContext context = prod("a-real-secret-2027", "--MERIDIAN_SCHEMA_UPDATE=true",
            "--meridian.demo-users=true", "--MERIDIAN_DELETE_DEMO_USERS=true")) {
            IdentityService identity = context.getBean(IdentityService.class);
            for (String demo : List.of("demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop", "mei")) {
                assertThat(identity.createUserQuery().userId(demo).count()).as(demo).isZero();
            }
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).list()).extracting(u -> u.getId()).containsExactly("chief");
            assertThat(identity.checkPassword("chief", "a-real-secret-2027")).isTrue();
        }
    }

    @Test
    void shouldCreateTheAdministratorAndNoDemoUsers() {
        try (ConfigurableApplicationContext context = prod("a-real-secret-2027")) {
            IdentityService identity = context.getBean(IdentityService.class);
            assertThat(identity.checkPassword("chief", "a-real-secret-2027")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).list()).extracting(u -> u.getId()).containsExactly("chief");
            assertThat(identity.createUserQuery().userId("chief").singleResult().getEmail())
                .as("the address the stand-in staff emails go to").isEqualTo("it@acme.example");
            for (String demo : List.of("demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop")) {
                assertThat(identity.createUserQuery().userId(demo).count()).as(demo).isZero();
            }
            assertThat(identity.createGroupQuery().count()).isEqualTo(Groups.ALL.size());
        }
    }
}
