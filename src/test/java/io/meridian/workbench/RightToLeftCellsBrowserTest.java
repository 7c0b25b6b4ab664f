package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.meridian.rules.WorkbookDiff;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.WorkbenchStylePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Right-to-left cells in the workbench's list of changes, read where Chromium draws them: an analyst who
 * changes an Arabic text must see "before → after" from left to right, not the Arabic run of both with
 * the arrow between them turned round ("after → before"), and the cells of an added row in their
 * columns' order. Renders the workbench's {@code changes} fragment from the diff of two real workbooks,
 * with the workbench's style sheet, as its pages do. Skipped only where no chromium is installed.
 */
class RightToLeftCellsBrowserTest {

    /** "Kind greetings" and "With best regards", Arabic closing lines an analyst might put in a note. */
    static final String BEFORE = "تحية طيبة";
    static final String AFTER = "مع أطيب التحيات";
    /** "Mr" and "the respected": two cells side by side. */
    static final String FIRST_CELL = "السيد";
    static final String SECOND_CELL = "المحترم";

    private WorkbenchStylePage page;

    @BeforeEach
    void openBrowser() throws IOException {
        page = WorkbenchStylePage.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void aChangedArabicCellReadsBeforeThenAfterAndAnAddedRowKeepsItsColumnOrder() throws Exception {
        byte[] before = Workbooks.edit(Workbooks.etiquette(), "Countries!A400", BEFORE);
        byte[] after = Workbooks.edit(Workbooks.etiquette(), "Countries!A400", AFTER, "Countries!A401", FIRST_CELL,
            "Countries!B401", SECOND_CELL);
        show(WorkbookDiff.compare(before, after));

        assertThat(left(BEFORE)).as("the text before the change is drawn left of the text after it")
            .isLessThan(left(AFTER));
        assertThat(left(FIRST_CELL)).as("column A's cell is drawn left of column B's").isLessThan(left(SECOND_CELL));
        page.screenshot(Path.of("target", "workbench-right-to-left.png"));
    }

    /** The workbench's changes fragment for {@code diff}, in a page with the workbench's style sheet, opened in Chromium. */
    private void show(Object diff) throws IOException {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(templates);
        String changes = engine.process("workbench/parts", Set.of("changes"), new Context(Locale.ENGLISH, Map.of("diff", diff)));
        assertThat(changes).as("the fragment shows the changed cells").contains(BEFORE, AFTER, FIRST_CELL, SECOND_CELL);
        page.show(changes);
    }

    /** Where Chromium draws the first occurrence of {@code text}: the left edge of its box, in pixels. */
    private double left(String text) {
        Object left = page.script("""
            const text = arguments[0];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.data.indexOf(text);
              if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + text.length);
                return range.getBoundingClientRect().left;
              }
            }
            return null;""", text);
        assertThat(left).as("'%s' is on the page", text).isNotNull();
        return ((Number) left).doubleValue();
    }
}
