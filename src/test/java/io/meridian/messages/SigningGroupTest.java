package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.meridian.system.Groups;
import org.junit.jupiter.api.Test;

/** Which team signs an email a team member writes: the writer's, unless it is the kind's own or none that writes to clients. */
class SigningGroupTest {

    @Test
    void shouldSignWithTheWritersTeamWhenItIsNotTheKindsOwn() {
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.ORDER_DESK))).contains(Groups.ORDER_DESK);
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.LOGISTICS, Groups.ORDER_DESK)))
            .as("of several other teams, the first of sales, order desk, logistics, support").contains(Groups.ORDER_DESK);
        assertThat(MessageKind.ORDER_CONFIRMATION.signingGroup(List.of("sales-apac"))).as("a desk's group is sales").contains("sales-apac");
    }

    @Test
    void shouldKeepTheKindsTeamForItsOwnMembersAndForWritersOfNoTeam() {
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.SALES))).isEmpty();
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of("sales-apac"))).isEmpty();
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.INTEGRATIONS))).isEmpty();
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.MANAGERS, Groups.ANALYSTS))).isEmpty();
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(List.of(Groups.ADMIN, Groups.SALES, Groups.ORDER_DESK)))
            .as("demo, in every group").isEmpty();
        assertThat(MessageKind.CONFIRMED_ITEMS.signingGroup(null)).isEmpty();
    }

    /**
     * Who signs an email with their name: a member of the team whose name signs it, or of no team that writes to clients
     * (a manager as the senior contact); not a member of another team only, who would read as the client's contact there.
     */
    @Test
    void shouldNameAWriterOnlyOfTheSigningTeamOrOfNoTeam() {
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of(Groups.SALES), null)).isTrue();
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of("sales-emea"), null)).as("a desk's group is sales").isTrue();
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of(Groups.MANAGERS), null)).isTrue();
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of(Groups.ADMIN, Groups.SALES, Groups.LOGISTICS), null)).as("demo").isTrue();
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of(Groups.LOGISTICS), null)).isFalse();
        assertThat(MessageKind.EXCEPTION_NOTICE.signedBy(List.of(Groups.ORDER_DESK, Groups.SUPPORT), null)).isFalse();
        assertThat(MessageKind.COMPLAINT_DIAGNOSIS.signedBy(List.of(Groups.LOGISTICS), Groups.LOGISTICS))
            .as("a delivery delay's complaint, handled and signed by logistics").isTrue();
        assertThat(MessageKind.COMPLAINT_DIAGNOSIS.signedBy(List.of(Groups.LOGISTICS), null)).as("signed by support").isFalse();
    }
}
