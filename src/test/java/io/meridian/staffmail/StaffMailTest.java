package io.meridian.staffmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.system.Groups;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.StaffWithoutAddresses;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff email reaches someone: those it is for when they have an address, else the administrators, told
 * whom it was for, why nobody there could be told and where to correct it.
 */
@MeridianTest
class StaffMailTest {

    @Autowired
    StaffMail mail;
    @Autowired
    Outbox outbox;
    @Autowired
    IdentityService identity;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> users = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        users.forEach(identity::deleteUser);
        groups.forEach(identity::deleteGroup);
    }

    @Test
    void shouldSendToTheMembersWhoHaveAnAddress() {
        String group = group("buyers", user("ann", "ann-" + run + "@meridian.example"), user("bob", null));
        String reference = "ref-" + run;

        StaffMail.Sent sent = mail.toGroup(group, "Escalation level 3: Reply to inquiry", "The task is late.", reference);

        assertThat(sent.standIn()).isFalse();
        assertThat(sent.to()).containsExactly("ann-" + run + "@meridian.example");
        assertThat(outbox.about(reference)).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("ann-" + run + "@meridian.example");
            assertThat(m.subject()).isEqualTo("Escalation level 3: Reply to inquiry");
            assertThat(m.body()).isEqualTo("The task is late.");
        });
    }

    @Test
    void shouldTellTheAdministratorsWhomItWasForWhenNoMemberHasAnAddress() {
        String group = group("silent", user("cid", null), user("dan", "  "));
        String reference = "ref-" + run;

        StaffMail.Sent sent = mail.toGroup(group, "Escalation level 3: Reply to inquiry", "The task is late.", reference);

        List<String> administrators = administratorsAddresses();
        assertThat(administrators).as("the demo administrators have addresses").isNotEmpty();
        assertThat(sent.standIn()).isTrue();
        assertThat(sent.to()).containsExactlyElementsOf(administrators);
        assertThat(sent.why()).isEqualTo("no member has an email address (" + users.get(0) + ", " + users.get(1) + ")");
        assertThat(sent.describe()).isEqualTo("nobody in silent (" + group + ") (no member has an email address (" + users.get(0)
            + ", " + users.get(1) + ")), so the administrators instead: " + String.join(", ", administrators));
        assertThat(outbox.about(reference)).extracting(OutboxMessage::recipient).containsExactlyInAnyOrderElementsOf(administrators);
        assertThat(outbox.about(reference)).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("For silent (" + group + "), nobody there to tell: Escalation level 3: Reply to inquiry");
            assertThat(m.body()).startsWith("You get this email as an administrator of Meridian: it was meant for silent (" + group + ")"
                    + ", but no member has an email address (")
                .containsPattern("Correct it in Camunda Admin:\n- the email address of " + users.get(0)
                    + ": http://localhost:\\d+/camunda/app/admin/default/#/users/" + users.get(0) + "\\?tab=profile\n")
                .containsPattern("- the email address of " + users.get(1) + ": http://localhost:\\d+/camunda/app/admin/default/#/users/"
                    + users.get(1) + "\\?tab=profile\n- the members of " + group
                    + ": http://localhost:\\d+/camunda/app/admin/default/#/groups/" + group + "\\?tab=users\n\nPlease pass this on now.")
                .endsWith("----\n\nThe task is late.");
        });
    }

    @Test
    void shouldSayWhetherTheGroupHasNoMembersOrDoesNotExist() {
        String empty = group("empty");

        assertThat(mail.toGroup(empty, "s", "b", "ref-" + run).why()).isEqualTo("it has no members");
        assertThat(mail.toGroup("no-such-group-" + run, "s", "b", "ref-" + run).why()).isEqualTo("there is no such group in Camunda");
        assertThat(mail.to(List.of(), "the assignee " + run, () -> new io.meridian.system.StaffDirectory.Nobody("they have no email address", List.of(), List.of()), "s", "b", "ref-" + run).describe())
            .startsWith("nobody in the assignee " + run + " (they have no email address), so the administrators instead: ");
    }

    @Test
    void shouldReachNobodyOnlyWhenNoAdministratorHasAnAddressEither() {
        String group = group("silent", user("eve", null));
        try (StaffWithoutAddresses staff = new StaffWithoutAddresses(identity).clear(Groups.ADMIN)) {
            StaffMail.Sent sent = mail.toGroup(group, "Crisis: answer Acme within 2 h", "The client is angry.", "ref-" + run);

            assertThat(mail.administratorsUnreachable()).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("No administrator (camunda-admin) has an email address: ").contains("MERIDIAN_ADMIN_EMAIL"));
            assertThat(sent.to()).isEmpty();
            assertThat(sent.describe()).endsWith("and no administrator has an email address either: nobody was told");
            assertThat(outbox.about("ref-" + run)).isEmpty();
        }
        assertThat(administratorsAddresses()).as("the administrators' addresses put back").isNotEmpty();
        assertThat(mail.administratorsUnreachable()).isEmpty();
    }

    private List<String> administratorsAddresses() {
        return identity.createUserQuery().memberOfGroup(Groups.ADMIN).orderByUserId().asc().list().stream().map(User::getEmail)
            .filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    private String user(String name, String email) {
        String id = name + run;
        User user = identity.newUser(id);
        user.setEmail(email);
        identity.saveUser(user);
        users.add(id);
        return id;
    }

    private String group(String name, String... members) {
        String id = name + run;
        Group group = identity.newGroup(id);
        group.setName(name);
        identity.saveGroup(group);
        groups.add(id);
        for (String member : members) {
            identity.createMembership(member, id);
        }
        return id;
    }
}
