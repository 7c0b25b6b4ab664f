package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import io.meridian.rules.WorkbookDiff;
import org.junit.jupiter.api.Test;

/**
 * {@link AddressingColumnsEdit}, the program that writes the etiquette workbook's addressing columns, is re-runnable as
 * its comment says: applied to the shipped workbook it changes nothing the workbench would show, so the workbook holds
 * what the program writes (Brazil's documents rule among them) and running it again after another branch's edit loses
 * nothing.
 */
class AddressingColumnsEditTest {

    @Test
    void shouldChangeNothingInTheShippedWorkbookWhenRunAgain() throws Exception {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/rules/etiquette.drl.xlsx")) {
            shipped = in.readAllBytes();
        }

        byte[] again = AddressingColumnsEdit.apply(shipped);

        assertThat(WorkbookDiff.compare(shipped, again)).as("what the workbench shows changed").isEmpty();
    }
}
