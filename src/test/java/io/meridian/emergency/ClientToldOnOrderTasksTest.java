package io.meridian.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a notice's paragraph goes in a briefing written before it. */
class ClientToldOnOrderTasksTest {

    private static final String TOLD = "**Client last told:** the exception notice of …";

    @Test
    void shouldReplaceTheParagraphTheBriefingHad() {
        assertThat(ClientToldOnOrderTasks.replaced("**Client:** A\n\n**Client last told:** nothing yet: …\n\n**Desk:** APAC", TOLD))
            .isEqualTo("**Client:** A\n\n" + TOLD + "\n\n**Desk:** APAC");
    }

    @Test
    void shouldAddItBeforeTheDeskLineWhoseClockItNamesAbove() {
        assertThat(ClientToldOnOrderTasks.replaced("**Client:** A\n\n**Due:** Tue\n\n**Desk:** APAC (sales-apac, Asia/Shanghai): its"
            + " clock is the team time above", TOLD))
            .isEqualTo("**Client:** A\n\n**Due:** Tue\n\n" + TOLD + "\n\n**Desk:** APAC (sales-apac, Asia/Shanghai): its clock is the"
                + " team time above");
        assertThat(ClientToldOnOrderTasks.replaced("**Client:** A\n\n**Due:** Tue", TOLD)).isEqualTo("**Client:** A\n\n**Due:** Tue\n\n" + TOLD);
    }
}
