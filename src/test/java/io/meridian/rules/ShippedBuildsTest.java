package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Maven build runs to make the builds the jar ships ({@link ShippedBuilds}): one per
 * workbook, kept while it fits, the builds of tables no longer shipped removed, a workbook that
 * does not build left out with a warning. That the shipped builds answer every scenario as the
 * tables in force do is {@code StoredBuildsTest}'s.
 */
class ShippedBuildsTest {

    @TempDir
    Path rules;
    @TempDir
    Path output;

    @Test
    void makesABuildPerWorkbookKeepsOneThatFitsAndRemovesTablesNoLongerShipped() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of("rules/escalation.drl.xlsx"));
        Files.write(rules.resolve("escalation.drl.xlsx"), workbook);
        Files.writeString(rules.resolve("notes.txt"), "not a workbook");
        Path gone = Files.writeString(output.resolve("retired-" + "c".repeat(64) + StoredBuilds.SUFFIX), "a table no longer shipped");
        String checksum = DecisionTableCompiler.checksum(workbook);

        assertThat(make()).contains("escalation built (14 rules");
        StoredBuilds made = StoredBuilds.in(output.toString(), null);
        assertThat(made.fits("escalation", checksum)).isTrue();
        assertThat(gone).doesNotExist();
        assertThat(builds()).containsExactly(made.file("escalation", checksum).getFileName().toString());

        FileTime written = Files.getLastModifiedTime(made.file("escalation", checksum));
        Files.setLastModifiedTime(made.file("escalation", checksum), FileTime.fromMillis(written.toMillis() - 60_000));
        assertThat(make()).contains("escalation up to date");
        assertThat(Files.getLastModifiedTime(made.file("escalation", checksum))).isEqualTo(FileTime.fromMillis(written.toMillis() - 60_000));

        // the workbook changed: built again, the older build removed
        Files.write(rules.resolve("escalation.drl.xlsx"), Workbooks.variant(workbook));
        String newChecksum = DecisionTableCompiler.checksum(Files.readAllBytes(rules.resolve("escalation.drl.xlsx")));
        assertThat(newChecksum).isNotEqualTo(checksum);
        assertThat(make()).contains("escalation built");
        assertThat(builds()).containsExactly(made.file("escalation", newChecksum).getFileName().toString());
    }

    @Test
    void aWorkbookThatDoesNotBuildIsLeftOutWithAWarning() throws Exception {
        Files.writeString(rules.resolve("broken.drl.xlsx"), "not a spreadsheet");

        assertThat(make()).contains("WARNING broken left out, the server builds it from its workbook at start");
        assertThat(builds()).isEmpty();
    }

    @Test
    void withoutARulesFolderNothingIsShippedAndEarlierBuildsGo() throws Exception {
        Path earlier = Files.writeString(output.resolve("escalation-" + "d".repeat(64) + StoredBuilds.SUFFIX), "an earlier build");
        Files.delete(rules);

        assertThat(make()).contains("no rules folder").contains("none shipped");
        assertThat(earlier).doesNotExist();
    }

    private String make() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShippedBuilds.make(rules, output, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private java.util.List<String> builds() throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".writing")).sorted().toList();
        }
    }
}
