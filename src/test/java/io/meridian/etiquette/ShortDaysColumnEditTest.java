package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import io.meridian.rules.WorkbookDiff;
import org.junit.jupiter.api.Test;

/**
 * {@link ShortDaysColumnEdit}, the program that writes the etiquette workbook's "Short days" column, is re-runnable as
 * its comment says: applied to the shipped workbook it changes nothing the workbench would show.
 */
class ShortDaysColumnEditTest {

    @Test
    void shouldChangeNothingInTheShippedWorkbookWhenRunAgain() throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/rules/etiquette.drl.xlsx")) {
            shipped = in.readAllBytes();
        }

        byte[] again = ShortDaysColumnEdit.apply(shipped);

        assertThat(WorkbookDiff.compare(shipped, again)).as("what the workbench shows changed").isEmpty();
    }
}
