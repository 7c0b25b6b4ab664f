package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.meridian.client.Channel;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleCell;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

/**
 * Every value the etiquette workbook can give a tone column, a channel or a meeting has words a salesperson
 * reads on the task form: the values in the shipped workbook's rows and those its drop-down lists allow.
 */
@RunsBeside
class EtiquetteWordsTest {

    /** Each tone column by the code its cells become and by its header in the workbook. */
    private static final Map<String, String> SETTERS = Map.of("directness", "setDirectness(", "context", "setContext(",
        "opening", "setOpening(", "time", "setTime(", "hierarchy", "setHierarchy(", "feedback", "setFeedback(",
        "persuasion", "setPersuasion(", "channelStyle", "setChannelStyle(", "pace", "setPace(", "formality", "setFormality(");
    private static final Map<String, String> HEADERS = Map.of("Directness", "directness", "Context", "context", "Opening", "opening",
        "Time", "time", "Hierarchy", "hierarchy", "Feedback", "feedback", "Persuasion", "persuasion", "Channel style", "channelStyle",
        "Pace", "pace", "Formality", "formality");

    private final CompiledTable table = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);

    @Test
    void everyToneValueInTheWorkbookHasItsPhrase() {
        assertThat(EtiquetteWords.TONE.keySet()).containsExactlyInAnyOrderElementsOf(SETTERS.keySet());
        List<String> missing = new ArrayList<>();
        SETTERS.forEach((column, setter) -> {
            List<RuleCell> cells = table.cellsOfColumns(setter);
            assertThat(cells).as("cells of " + column).isNotEmpty();
            for (RuleCell cell : cells) {
                if (!EtiquetteWords.TONE.get(column).containsKey(cell.text())) {
                    missing.add(cell.sheet() + " row " + cell.row() + " " + column + " " + cell.text());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyToneValueTheWorkbooksDropDownsAllowHasItsPhrase() throws Exception {
        List<String> missing = new ArrayList<>();
        int lists = 0;
        try (InputStream in = Files.newInputStream(Path.of("rules/etiquette.drl.xlsx")); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (DataValidation validation : sheet.getDataValidations()) {
                    DataValidationConstraint constraint = validation.getValidationConstraint();
                    CellRangeAddress range = validation.getRegions().getCellRangeAddresses()[0];
                    String column = HEADERS.get(header(sheet, range));
                    if (column == null || constraint.getExplicitListValues() == null) {
                        continue;
                    }
                    lists++;
                    for (String value : constraint.getExplicitListValues()) {
                        if (!EtiquetteWords.TONE.get(column).containsKey(value.trim())) {
                            missing.add(sheet.getSheetName() + " " + column + " " + value);
                        }
                    }
                }
            }
        }
        assertThat(lists).as("the workbook's drop-down lists of tone columns").isGreaterThan(0);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPhraseNamesItsColumnOnceAndSaysWhatToDo() {
        EtiquetteWords.TONE.forEach((column, phrases) -> phrases.forEach((value, phrase) -> {
            String label = column.equals("channelStyle") ? "contact" : column;
            assertThat(phrase).as(column + " " + value).startsWith(label + ": ").contains(" — ");
            assertThat(phrase.toLowerCase(Locale.ROOT)).as("no enum word glued to its column")
                .doesNotContain(value.toLowerCase(Locale.ROOT).replace('_', ' ') + " " + label).doesNotContain("_");
        }));
        assertThat(EtiquetteWords.phrase("hierarchy", "HIERARCHICAL"))
            .isEqualTo("hierarchy: strict — address the senior person at equal rank; decisions take several internal rounds");
        assertThat(EtiquetteWords.phrase("pace", "VERY_SLOW")).as("a value the words do not know yet").isEqualTo("pace: very slow");
    }

    @Test
    void everyChannelAndMeetingHasItsName() {
        Set<String> channels = new TreeSet<>();
        table.cellsOfColumns("setQuickChannel(").forEach(c -> channels.add(c.text()));
        table.cellsOfColumns("setConfirmationChannel(").forEach(c -> channels.add(c.text()));
        for (Channel channel : Channel.values()) {
            channels.add(channel.name());
        }
        assertThat(channels).isNotEmpty().allSatisfy(c -> assertThat(EtiquetteWords.CHANNELS).containsKey(c));
        assertThat(EtiquetteWords.channel("WHATSAPP")).isEqualTo("WhatsApp");
        assertThat(EtiquetteWords.channel("WECHAT")).isEqualTo("WeChat");
        assertThat(EtiquetteWords.channel("LINE")).isEqualTo("LINE");
        assertThat(EtiquetteWords.channel("EMAIL")).isEqualTo("email");
        assertThat(table.cellsOfColumns("setMeeting(")).isNotEmpty()
            .allSatisfy(c -> assertThat(EtiquetteWords.MEETINGS).containsKey(c.text()));
    }

    private static String header(Sheet sheet, CellRangeAddress range) {
        Row row = sheet.getRow(range.getFirstRow() - 1);
        Cell cell = row == null ? null : row.getCell(range.getFirstColumn());
        return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell).trim();
    }
}
