package io.meridian.etiquette;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The rule book and etiquette service on the shipped workbooks, without a Spring context. */
public final class EtiquetteFixture {

    private static RuleBook ruleBook;
    private static EtiquetteService service;

    private EtiquetteFixture() {
    }

    /** Every table of the rules folder. */
    public static synchronized RuleBook ruleBook() {
        if (ruleBook == null) {
            ruleBook = RuleBookFixture.shippedTables();
        }
        return ruleBook;
    }

    public static synchronized EtiquetteService etiquetteService() {
        if (service == null) {
            service = new EtiquetteService(ruleBook(), new ObservanceCalendar());
        }
        return service;
    }

    /** The etiquette table's scenario runner on {@link #etiquetteService()}, for checks and what-ifs outside this package. */
    public static io.meridian.rules.ScenarioRunner scenarioRunner() {
        return new EtiquetteScenarios(etiquetteService());
    }

    /** A decision that runs the table in force, whatever was decided before (benchmarks, counts). */
    public static Etiquette decideAfresh(String country, java.time.Instant at, Tier tier) {
        EtiquetteService service = etiquetteService();
        return service.decide(ruleBook().active(EtiquetteService.TABLE), country, at, tier);
    }

    /** A header row's columns by their trimmed names. */
    public static Map<String, Integer> columnsByName(Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        header.forEach(cell -> columns.put(cellText(header, cell.getColumnIndex()), cell.getColumnIndex()));
        return columns;
    }

    /** A cell's text as the sheet shows it, trimmed; "" for no cell. */
    public static String cellText(Row row, int col) {
        Cell cell = row.getCell(col);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell).trim();
    }

    /** The country codes with their own row in the shipped workbook's Countries sheet, in row order. */
    public static List<String> countryRows() {
        // read-only: the shipped file must never be rewritten by a test
        try (Workbook book = WorkbookFactory.create(new File("rules/etiquette.drl.xlsx"), null, true)) {
            List<String> codes = new ArrayList<>();
            Integer column = null;
            for (Row row : book.getSheet("Countries")) {
                for (Cell cell : row) {
                    String text = cellText(row, cell.getColumnIndex());
                    if (column == null && "Country code".equals(text)) {
                        column = cell.getColumnIndex();
                    } else if (column != null && cell.getColumnIndex() == column && text.matches("[A-Z]{2}")) {
                        codes.add(text);
                    }
                }
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
