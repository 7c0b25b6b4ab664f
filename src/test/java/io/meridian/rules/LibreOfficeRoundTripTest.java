package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * Analysts edit the workbooks in Excel or LibreOffice. Each shipped workbook opened and saved as
 * {@code .xlsx} by LibreOffice Calc (Debian's {@code libreoffice-calc-nogui}, headless, as its "Save As")
 * passes every check with the same rules and scenarios, keeps its drop-down lists and the comments
 * on its headers, and shows no change in the workbench's diff; an edit saved by LibreOffice shows as
 * just that edit. Skipped only where no LibreOffice is installed ({@code .ci/run} installs it).
 * <p>
 * Runs on the context of {@code RulesApiTest} (same properties): an in-memory database and no rules folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {RulesApiTest.IN_MEMORY, RulesApiTest.NO_FOLDER})
class LibreOfficeRoundTripTest {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    static final List<String> TABLES = List.of("etiquette", "complaint-handling", "escalation");

    @Autowired
    RuleVersions versions;

    private Path folder;

    @BeforeEach
    void needsLibreOffice() throws IOException {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)");
        folder = Files.createTempDirectory("meridian-libreoffice-");
    }

    @AfterEach
    void deleteFolder() throws IOException {
        if (folder != null) {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Test
    void everyShippedWorkbookSavedByLibreOfficePassesEveryCheckAndShowsNoChange() throws Exception {
        Map<String, byte[]> shipped = new LinkedHashMap<>();
        for (String table : TABLES) {
            shipped.put(table, WorkbookChecksTest.shipped(table));
        }
        shipped.put("direct-japan", Workbooks.etiquetteWithDirectJapan());
        Map<String, byte[]> saved = savedByLibreOffice(shipped);

        for (String table : TABLES) {
            byte[] before = shipped.get(table);
            byte[] after = saved.get(table);
            assertThat(DecisionTableCompiler.checksum(after)).as("LibreOffice wrote %s anew", table)
                .isNotEqualTo(DecisionTableCompiler.checksum(before));
            assertThat(WorkbookDiff.compare(before, after)).as("what the workbench shows changed in %s", table).isEmpty();

            CheckedWorkbook original = versions.validate(table, before);
            CheckedWorkbook resaved = versions.validate(table, after);
            assertThat(resaved.candidate().ruleCount()).as("rules of %s", table).isEqualTo(original.candidate().ruleCount());
            assertThat(resaved.scenarioCount()).as("scenarios of %s", table).isEqualTo(original.scenarioCount());
            assertThat(resaved.scenarios()).as("scenarios of %s", table).allSatisfy(s -> assertThat(s.failures()).isEmpty());

            List<String> lists = dropDowns(before);
            assertThat(lists).as("%s has drop-down lists", table).isNotEmpty();
            assertThat(dropDowns(after)).as("drop-down lists of %s", table).isEqualTo(lists);
            List<String> comments = headerComments(before);
            assertThat(comments).as("comments of %s", table).isNotEmpty();
            assertThat(headerComments(after)).as("comments of %s", table).isEqualTo(comments);
        }

        // an analyst's edit (Japan made direct) reads the same after LibreOffice saved it
        byte[] etiquette = shipped.get("etiquette");
        assertThat(WorkbookDiff.compare(etiquette, saved.get("direct-japan")))
            .isNotEmpty().isEqualTo(WorkbookDiff.compare(etiquette, shipped.get("direct-japan")));
        assertThat(versions.validate("etiquette", saved.get("direct-japan")).scenarios())
            .allSatisfy(s -> assertThat(s.failures()).isEmpty());
    }

    /**
     * The complaint workbook's half-filled rows, a scenario without inputs, a deleted header row and two Scenarios names
     * renamed read the same after LibreOffice saved them: each refused with the same problems on the same cells, the
     * renames shown as the same two notes, so none of it rests on how POI or Excel write a cell.
     */
    @Test
    void thisStopsRefusalsAndRenamesReadTheSameAfterLibreOfficeSavedThem() throws Exception {
        byte[] complaint = WorkbookChecksTest.shipped("complaint-handling");
        Map<String, byte[]> edited = new LinkedHashMap<>();
        edited.put("no-inputs", Workbooks.edit(complaint, "Scenarios!C10", "", "Scenarios!D10", "", "Scenarios!F10", "",
            "Scenarios!G10", "", "Scenarios!H10", ""));
        edited.put("category-only", Workbooks.edit(complaint, "Categories!C11", "", "Categories!D11", ""));
        edited.put("second-high", Workbooks.edit(complaint, "Response times!B10", "HIGH", "Response times!C10", "PT12H"));
        edited.put("no-code-row", WorkbookChecksTest.written(complaint, book -> {
            Sheet categories = book.getSheet("Categories");
            categories.removeRow(categories.getRow(4));
            categories.shiftRows(5, categories.getLastRowNum(), -1);
        }));
        edited.put("no-names-row", WorkbookChecksTest.written(complaint, book -> {
            Sheet scenarios = book.getSheet("Scenarios");
            scenarios.removeRow(scenarios.getRow(5));
            scenarios.shiftRows(6, scenarios.getLastRowNum(), -1);
        }));
        byte[] renamed = Workbooks.edit(complaint, "Scenarios!I6", "Severity", "Scenarios!J6", "first response");
        edited.put("renamed", renamed);
        Map<String, byte[]> saved = savedByLibreOffice(edited);

        for (String name : List.of("no-inputs", "category-only", "second-high", "no-code-row", "no-names-row")) {
            List<String> before = refusal(edited.get(name));
            assertThat(before).as("problems of %s", name).hasSize(1);
            assertThat(refusal(saved.get(name))).as("problems of %s saved by LibreOffice", name).isEqualTo(before);
        }
        assertThat(WorkbookDiff.compare(complaint, saved.get("renamed"))).singleElement().satisfies(sheet -> assertThat(sheet.columns())
            .containsExactly("column I 'severity' renamed to 'Severity'; its rows read as before",
                "column J 'firstResponse' renamed to 'first response'; its rows read as before"));
    }

    /** The problems a complaint workbook is refused with, each by sheet, cell and message. */
    private List<String> refusal(byte[] workbook) {
        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> versions.validate("complaint-handling", workbook));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).toList();
    }

    @Test
    void aWorkbookLibreOfficeSavedInItsOwnFormatOrAsExcel97IsRefusedWithHowToSaveItAsXlsx() throws Exception {
        byte[] ods = savedByLibreOffice(Map.of("etiquette", WorkbookChecksTest.shipped("etiquette")), "ods", "calc8").get("etiquette");
        byte[] xls = savedByLibreOffice(Map.of("etiquette", WorkbookChecksTest.shipped("etiquette")), "xls", "MS Excel 97").get("etiquette");

        assertThatThrownBy(() -> versions.validate("etiquette", ods)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)")
                .contains("\"Excel 2007-365 (.xlsx)\"")));
        assertThatThrownBy(() -> versions.validate("etiquette", xls)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the file is an Excel 97-2003 workbook (.xls), not an Excel workbook (.xlsx)")));
    }

    /** The workbooks opened and saved as Excel 2007–365 files by LibreOffice Calc, in one headless run. */
    private Map<String, byte[]> savedByLibreOffice(Map<String, byte[]> workbooks) throws IOException, InterruptedException {
        return savedByLibreOffice(workbooks, "xlsx", "Calc MS Excel 2007 XML");
    }

    /** The workbooks opened and saved by LibreOffice Calc with its export filter {@code filter}, as {@code .extension} files. */
    private Map<String, byte[]> savedByLibreOffice(Map<String, byte[]> workbooks, String extension, String filter)
        throws IOException, InterruptedException {
        Path in = Files.createDirectories(folder.resolve("in-" + extension));
        Path out = Files.createDirectories(folder.resolve("out-" + extension));
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
            "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--convert-to", extension + ":" + filter,
            "--outdir", out.toString()));
        for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
            Path file = in.resolve(workbook.getKey() + RuleBook.SUFFIX);
            Files.write(file, workbook.getValue());
            command.add(file.toString());
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
        assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
        assertThat(soffice.exitValue()).as("LibreOffice: %s", Files.readString(folder.resolve("soffice.log"))).isZero();
        Map<String, byte[]> saved = new LinkedHashMap<>();
        for (String name : workbooks.keySet()) {
            Path file = out.resolve(name + RuleBook.SUFFIX.replace(".xlsx", "." + extension));
            assertThat(file).as("LibreOffice saved %s: %s", name, Files.readString(folder.resolve("soffice.log"))).exists();
            saved.put(name, Files.readAllBytes(file));
        }
        return saved;
    }

    /** Each drop-down list: its sheet, its values and the cells it covers. */
    private static List<String> dropDowns(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            return AllowedValues.lists(book).stream()
                .map(list -> list.sheet() + " " + list.values() + " " + list.ranges().stream().map(r -> r.formatAsString()).toList())
                .sorted().toList();
        }
    }

    /** Each cell comment: its sheet, cell and text. */
    private static List<String> headerComments(byte[] workbook) throws IOException {
        List<String> comments = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                sheet.getCellComments().forEach((address, comment) -> comments.add(sheet.getSheetName() + "!" + address.formatAsString()
                    + " " + comment.getString().getString().strip()));
            }
        }
        return comments.stream().sorted().toList();
    }
}
