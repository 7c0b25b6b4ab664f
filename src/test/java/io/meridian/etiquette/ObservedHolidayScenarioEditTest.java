package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;

import io.meridian.rules.WorkbookDiff;
import org.junit.jupiter.api.Test;

/**
 * {@link ObservedHolidayScenarioEdit}, the program that sets the expected observance of the US scenario on 31 December 2027,
 * is re-runnable as its comment says: applied to the shipped workbook it changes nothing the workbench would show.
 */
class ObservedHolidayScenarioEditTest {

    @Test
    void shouldChangeNothingInTheShippedWorkbookWhenRunAgain() throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/rules/etiquette.drl.xlsx")) {
            shipped = in.readAllBytes();
        }

        byte[] again = ObservedHolidayScenarioEdit.apply(shipped);

        assertThat(WorkbookDiff.compare(shipped, again)).as("what the workbench shows changed").isEmpty();
    }

    @Test
    void shouldExpectTheObservedNameTheCalendarGivesTheFriday() {
        // 5 U.S.C. 6103(b): 1 January 2028 is a Saturday, federal offices close on Friday 31 December 2027
        assertThat(ObservedHolidayScenarioEdit.holidayOn("US", LocalDate.of(2027, 12, 31))).isEqualTo("New Year's Day (observed)");
    }
}
