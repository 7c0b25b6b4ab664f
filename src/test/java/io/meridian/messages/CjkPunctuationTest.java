package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese templates put the full-width colon after a label ("装运港：", "納品日："), as GB/T 15834-2011
 * (the national standard for Chinese punctuation) and Japanese business writing do, and as the shipped Chinese
 * salutation ("尊敬的…：") already did; not the half-width colon and space of Latin text.
 */
@RunsBeside
class CjkPunctuationTest {

    /**
     * A half-width colon after a CJK character or bracket, or after the auto-reply's days (Japanese or Chinese day names),
     * whatever follows it: a space, a placeholder, a tag or the end of the line ("営業時間:</p>" had passed when a space was
     * required).
     */
    private static final Pattern HALF_WIDTH_AFTER_CJK = Pattern.compile("([\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef）)]|\\{\\{days}}):");

    @Test
    void shouldWriteAFullWidthColonAfterEveryChineseAndJapaneseLabel() throws IOException {
        List<Path> templates = ShippedTemplates.files(f -> f.getFileName().toString().matches("(zh|ja)\\.mustache"));
        assertThat(templates).as("the Chinese and Japanese templates").hasSizeGreaterThanOrEqualTo(2 * MessageKind.values().length);
        int labels = 0;
        for (Path file : templates) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("{{!")) {
                    assertThat(HALF_WIDTH_AFTER_CJK.matcher(line).find()).as("%s: %s", file, line).isFalse();
                    labels += line.contains("：") ? 1 : 0;
                }
            }
        }
        assertThat(labels).as("labels with a full-width colon").isGreaterThan(50);
    }

    /** A half-width bracket after a CJK character, as in "最小発注数量 (MOQ)": Chinese and Japanese text brackets full-width. */
    private static final Pattern HALF_WIDTH_BRACKET_AFTER_CJK = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff]\\s*\\(");

    @Test
    void shouldBracketFullWidthInChineseAndJapanese() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().matches("(zh|ja)\\.mustache"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("{{!")) {
                    assertThat(HALF_WIDTH_BRACKET_AFTER_CJK.matcher(line).find()).as("%s: %s", file, line).isFalse();
                }
            }
        }
    }

    /**
     * A half-width comma, question mark, exclamation mark, semicolon or bracket beside Chinese or Japanese text, including
     * after 。 and 、: GB/T 15834-2011 writes ，？！；（） in Chinese, and Japanese business writing its full-width forms. The
     * Chinese survey had asked "可能性有多大?(0 = 完全不可能,10 = 极有可能)" and the Japanese one "ですか。(0 = …)".
     */
    private static final Pattern HALF_WIDTH_BESIDE_CJK =
        Pattern.compile("[\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef][,;!?()]|[,;!?()][\\u3040-\\u30ff\\u3400-\\u9fff]");

    @Test
    void shouldWriteFullWidthCommasQuestionMarksAndBracketsInChineseAndJapanese() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().matches("(zh|ja)\\.mustache"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("{{!")) {
                    assertThat(HALF_WIDTH_BESIDE_CJK.matcher(line).results().map(m -> m.group()).toList())
                        .as("%s: %s", file, line).isEmpty();
                }
            }
        }
    }

    /** Full-width punctuation carries its own space: a blank after 。，：、 shows as a gap in the middle of a sentence. */
    private static final Pattern BLANK_AFTER_FULL_WIDTH = Pattern.compile("[。，：、；！？] ");

    @Test
    void shouldLeaveNoBlankAfterFullWidthPunctuation() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().matches("(zh|ja)\\.mustache"))) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("{{!")) {
                    assertThat(BLANK_AFTER_FULL_WIDTH.matcher(line).find()).as("%s: %s", file, line).isFalse();
                }
            }
        }
    }
}
