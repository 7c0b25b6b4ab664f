package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

@RunsBeside
class WorkbenchStylePageTest {

    @Test
    void aPieceShownTakesTheWorkbenchsStyleAndClosingDeletesThePage() throws Exception {
        Path file;
        try (WorkbenchStylePage page = WorkbenchStylePage.open()) {
            file = page.file();
            page.show("<p class=\"refusal\" id=\"piece\">Refused</p>");

            assertThat(page.script("return document.getElementById('piece').textContent;")).isEqualTo("Refused");
            assertThat(page.script("return getComputedStyle(document.getElementById('piece')).borderLeftColor;"))
                .as("the style sheet's red bar of a refusal").isEqualTo("rgb(198, 40, 40)");
            assertThat(file).exists();
        }
        assertThat(file).doesNotExist();
    }
}
