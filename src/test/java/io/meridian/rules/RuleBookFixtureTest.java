package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The rule books the tests build without Spring: the shipped tables, or one test workbook, each as version 1. */
@RunsBeside
class RuleBookFixtureTest {

    @Test
    void shouldHoldOneWorkbookAsVersionOneOfItsTable() {
        byte[] direct = Workbooks.etiquetteWithDirectJapan();
        RuleBook book = RuleBookFixture.with("etiquette", direct);
        assertThat(book.active("etiquette").version()).isEqualTo(1);
        assertThat(book.active("etiquette").checksum()).isEqualTo(DecisionTableCompiler.checksum(direct));
        assertThat(book.tables()).hasSize(1);
    }

    @Test
    void shouldHoldEveryShippedTableAsVersionOne() {
        RuleBook book = RuleBookFixture.shippedTables();
        assertThat(book.tables()).extracting(CompiledTable::table).containsExactlyInAnyOrder("etiquette", "complaint-handling", "escalation");
        assertThat(book.tables()).extracting(CompiledTable::version).containsOnly(1);
        assertThat(book.active("etiquette").checksum()).isEqualTo(DecisionTableCompiler.checksum(Workbooks.etiquette()));
    }
}
