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
}
