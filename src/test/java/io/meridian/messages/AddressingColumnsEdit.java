package io.meridian.messages;

import static io.meridian.testsupport.WorkbookEdits.HEADER_ROW;
import static io.meridian.testsupport.WorkbookEdits.column;
import static io.meridian.testsupport.WorkbookEdits.comment;
import static io.meridian.testsupport.WorkbookEdits.find;
import static io.meridian.testsupport.WorkbookEdits.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.WorkbookEdits;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Adds the addressing columns of issue 13 (Language, Name order, Salutation, Titles, Greeting) to
 * {@code rules/etiquette.drl.xlsx}: region defaults, country rows, a Hungary row and the scenario
 * expectations. Re-runnable: it finds columns and rows by their header and country code and sets
 * the same values again, so it can be re-applied after another branch changed the workbook.
 * Cell comments, styles and the other sheets stay as they are.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.messages.AddressingColumnsEdit rules/etiquette.drl.xlsx</pre>
 */
public final class AddressingColumnsEdit {

    private static final int KIND_ROW = 2;     // ACTION / EXPECT (0-based row 3 resp. 5 of the sheets)
    private static final int CODE_ROW = 4;

    /** Header, code template, allowed values (header comment). */
    private static final String[][] COLUMNS = {
        {"Language", "$e.setLanguage(\"$param\");", "The client's language for emails: an ISO 639-1 code in lower case (en, ja, de, ar ...), optionally with a region (zh-TW). A client record's own language wins."},
        {"Name order", "$e.setNameOrder(\"$param\");", "GIVEN_FIRST or FAMILY_FIRST: the order of a full name in emails."},
        {"Salutation", "$e.setSalutation(\"$param\");", "TITLE_AND_FAMILY_NAME (Dear Mr Weber), FAMILY_NAME_HONORIFIC (Nakamura-sama), TITLE_AND_GIVEN_NAME (Dear Mr Hung), GIVEN_NAME_HONORIFIC (Dear Khun Somchai), GIVEN_NAME (Dear Jana)."},
        {"Titles", "$e.setTitles($param);", "true or false: address a client by the professional or academic title on the record (Licenciado, Ingeniero, Dr.)."},
        {"Greeting", "$e.setGreeting(\"$param\");", "FORMAL, STANDARD or INFORMAL: the opening and closing words of an email."},
    };
    private static final String[] SCENARIO_COLUMNS = {"language", "nameOrder", "salutation", "titles", "greeting"};

    private static final String NAME_ORDER_SOURCE = "Name order: family name first in China, Japan, Korea, Taiwan, Vietnam and Hungary"
        + " (Wikipedia, Personal name, section Name order; W3C, Personal names around the world, 2011).";

    /** Region: language, name order, salutation, titles, greeting, why. */
    private static final Map<String, String[]> REGIONS = new LinkedHashMap<>();
    /** Country: the cells its row sets (null keeps the region's), why. */
    private static final Map<String, String[]> COUNTRIES = new LinkedHashMap<>();

    static {
        REGIONS.put("NORTH_AMERICA", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD",
            "English; Dear Mr/Ms and family name until invited otherwise (judgement)."});
        REGIONS.put("LATIN_AMERICA", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL",
            "Mixed languages (Spanish, Portuguese, English in the Caribbean): English unless the country row names one; titles matter (region note on Mexico: Licenciado, Ingeniero)."});
        REGIONS.put("WESTERN_EUROPE", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD",
            "Several languages: English unless the country row names one."});
        REGIONS.put("SOUTHERN_EUROPE", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL",
            "Several languages: English unless the country row names one; formal address (judgement)."});
        REGIONS.put("NORDICS", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD",
            "English is the usual business language with foreign suppliers (judgement)."});
        REGIONS.put("EASTERN_EUROPE", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL",
            "Region note: surname and title until invited otherwise."});
        REGIONS.put("MIDDLE_EAST", new String[]{"ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL",
            "Arabic in the Arab countries (Israel, Turkey and Iran rows name their own); seed 001: important documents bilingual; formal, titles (seed 003: meet at equal rank)."});
        REGIONS.put("NORTH_AFRICA", new String[]{"ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL",
            "Arabic is the official language of every country of the region (French is a business language in the Maghreb)."});
        REGIONS.put("SUB_SAHARAN_AFRICA", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL",
            "Region note: respect for seniority and titles."});
        REGIONS.put("SOUTH_ASIA", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL",
            "English is the business language in writing (judgement)."});
        REGIONS.put("CENTRAL_ASIA", new String[]{"ru", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL",
            "Russian is widely used in business (region row)."});
        REGIONS.put("EAST_ASIA", new String[]{"en", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL",
            NAME_ORDER_SOURCE + " Seed 001: strict email format; languages by country row."});
        REGIONS.put("SOUTHEAST_ASIA", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD",
            "English unless the country row names a language (judgement)."});
        REGIONS.put("OCEANIA", new String[]{"en", "GIVEN_FIRST", "GIVEN_NAME", "false", "INFORMAL",
            "Australia row: keep it informal, first names are normal (seed 003)."});

        COUNTRIES.put("MX", new String[]{"es", null, null, "true", null, "Spanish; its note asks for Licenciado or Ingeniero."});
        COUNTRIES.put("AR", new String[]{"es", null, null, null, null, "Spanish."});
        COUNTRIES.put("CL", new String[]{"es", null, null, null, null, "Spanish."});
        COUNTRIES.put("CO", new String[]{"es", null, null, null, null, "Spanish."});
        COUNTRIES.put("PE", new String[]{"es", null, null, null, null, "Spanish."});
        COUNTRIES.put("BR", new String[]{"pt", null, null, null, null,
            "Portuguese (its note: important documents in Portuguese with the English alongside, never Spanish). Documents: one rule, Portuguese first with the English alongside (the region's bilingual documents; the emails carry both), never Spanish: Portuguese is Brazil's official language (Constituição Federal, art. 13) and a document in a foreign language has legal effect in Brazil only translated into Portuguese (Código Civil, Lei 10.406/2002, art. 224); the region's Spanish-or-Portuguese note is dropped."});
        COUNTRIES.put("DE", new String[]{"de", null, null, "true", "FORMAL",
            "German; Sehr geehrte Frau / Sehr geehrter Herr with the family name and Mit freundlichen Gruessen (DIN 5008); titles such as Dr. (its note)."});
        COUNTRIES.put("AT", new String[]{"de", null, null, "true", "FORMAL", "German; academic titles in the address (its note)."});
        COUNTRIES.put("CH", new String[]{"de-CH", null, null, null, "FORMAL", "German is the largest of its official languages (Federal Statistical Office),"
            + " written as Swiss Standard German, with ss for ß (Amtliches Regelwerk der deutschen Rechtschreibung, § 25 E2: In der Schweiz"
            + " kann man stets ss schreiben; Schweizerische Bundeskanzlei, Schreibweisungen: kein Eszett)."});
        COUNTRIES.put("FR", new String[]{"fr", null, null, null, "FORMAL", "French (its note: documents in French are appreciated)."});
        COUNTRIES.put("BE", new String[]{"fr", null, null, null, null, "French and Dutch: French chosen for emails (judgement)."});
        COUNTRIES.put("ES", new String[]{"es", null, null, null, null, "Spanish."});
        COUNTRIES.put("PT", new String[]{"pt-PT", null, null, null, null,
            "European Portuguese (pt-PT): Portugal's own spelling and forms of address (equipa, receção, o senhor / a senhora, Exmo. Sr., Com os melhores cumprimentos), where plain pt is Brazilian Portuguese (CLDR, and the pt templates); a kind without a pt-PT template falls back to pt. Portuguese is the official language (Constituição da República Portuguesa, art. 11.º, n.º 3)."});
        COUNTRIES.put("IT", new String[]{"it", null, null, null, null, "Italian (no Italian templates yet: emails fall back to English)."});
        COUNTRIES.put("DK", new String[]{null, null, "GIVEN_NAME", null, "INFORMAL", "Its note: informal tone, first names are normal."});
        COUNTRIES.put("AU", new String[]{null, null, "GIVEN_NAME", null, "INFORMAL", "Its note: keep it informal; first names are normal."});
        COUNTRIES.put("IL", new String[]{"he", null, null, "false", "STANDARD", "Hebrew; brief and direct (its note)."});
        COUNTRIES.put("TR", new String[]{"tr", null, null, null, null, "Turkish."});
        COUNTRIES.put("IR", new String[]{"fa", null, null, null, null, "Persian."});
        COUNTRIES.put("NG", new String[]{null, null, null, "true", null, "Its note: use titles (Chief, Dr., Engr.)."});
        COUNTRIES.put("CN", new String[]{"zh", null, null, null, null, "Simplified Chinese. " + NAME_ORDER_SOURCE});
        COUNTRIES.put("JP", new String[]{"ja", null, "FAMILY_NAME_HONORIFIC", null, null,
            "Japanese; its note: honorifics (-sama) in a strict email format (seed 001); family name + sama (Wikipedia, Japanese honorifics)."});
        COUNTRIES.put("KR", new String[]{"ko", null, null, null, null, "Korean; its note: strict email format with honorifics (seed 001)."});
        COUNTRIES.put("TW", new String[]{"zh-TW", null, null, null, null,
            "Traditional Chinese (its note): no traditional-script templates yet, so emails fall back to English."});
        COUNTRIES.put("HK", new String[]{"zh-HK", null, null, null, null, "Traditional Chinese; English is common in business: falls back to English without templates."});
        COUNTRIES.put("VN", new String[]{"vi", "FAMILY_FIRST", "TITLE_AND_GIVEN_NAME", null, null,
            "Vietnamese names are family first, and people are addressed by the given name, e.g. Mr Hung for Nguyen Van Hung (Wikipedia, Vietnamese name)."});
        COUNTRIES.put("TH", new String[]{"th", null, "GIVEN_NAME_HONORIFIC", null, null,
            "Thais are addressed by the given name with the honorific Khun, for men and women alike: Dear Khun Somchai, not Dear Mr Somchai (Wikipedia, Thai name; Thai honorifics)."});
        COUNTRIES.put("HU", new String[]{"hu", "FAMILY_FIRST", null, "true", "FORMAL",
            "Hungary. Hungarian names are family first (Nagy Peter); formal address with titles as in the region. " + NAME_ORDER_SOURCE});
        COUNTRIES.put("RU", new String[]{"ru", null, null, null, null, "Russian."});
        COUNTRIES.put("PL", new String[]{"pl", null, null, null, null, "Polish; its note: Pan or Pani with the surname."});
        COUNTRIES.put("SA", new String[]{null, null, null, null, null, "Arabic by its region."});
    }

    /** Scenario expectations by country (first scenario row of that country without a date of its own is used). */
    private static final Map<String, String[]> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("JP", new String[]{"ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", "false", "FORMAL"});
        SCENARIOS.put("DE", new String[]{"de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL"});
        SCENARIOS.put("SA", new String[]{"ar", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL"});
        SCENARIOS.put("MX", new String[]{"es", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL"});
        SCENARIOS.put("CN", new String[]{"zh", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL"});
        SCENARIOS.put("KR", new String[]{"ko", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL"});
        SCENARIOS.put("VN", new String[]{"vi", "FAMILY_FIRST", "TITLE_AND_GIVEN_NAME", "false", "STANDARD"});
        SCENARIOS.put("TH", new String[]{"th", "GIVEN_FIRST", "GIVEN_NAME_HONORIFIC", "false", "STANDARD"});
        SCENARIOS.put("HU", new String[]{"hu", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL"});
        SCENARIOS.put("US", new String[]{"en", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD"});
        SCENARIOS.put("DK", new String[]{"en", "GIVEN_FIRST", "GIVEN_NAME", "false", "INFORMAL"});
        SCENARIOS.put("BR", new String[]{"pt", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "true", "FORMAL"});
        SCENARIOS.put("PT", new String[]{"pt-PT", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL"});
        SCENARIOS.put("FR", new String[]{"fr", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL"});
        SCENARIOS.put("TW", new String[]{"zh-TW", "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", "false", "FORMAL"});
        SCENARIOS.put("IL", new String[]{"he", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", "false", "STANDARD"});
    }

    private AddressingColumnsEdit() {
    }

    public static void main(String[] args) throws IOException {
        WorkbookEdits.rewrite(args, AddressingColumnsEdit::apply);
    }

    public static byte[] apply(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet regions = book.getSheet("Region defaults");
            Sheet countries = book.getSheet("Countries");
            Map<String, Integer> regionCols = ensureColumns(regions);
            Map<String, Integer> countryCols = ensureColumns(countries);
            int regionWhy = column(regions, "Why (sources)");
            int countryWhy = column(countries, "Why (sources)");
            REGIONS.forEach((region, v) -> {
                Row row = rowOf(regions, region, false);
                set(row, regionCols, v);
                why(row, regionWhy, v[5]);
            });
            COUNTRIES.forEach((country, v) -> {
                Row row = rowOf(countries, country, true);
                set(row, countryCols, v);
                why(row, countryWhy, v[5]);
            });
            Sheet scenarios = book.getSheet("Scenarios");
            Map<String, Integer> expect = ensureScenarioColumns(scenarios);
            int countryCol = column(scenarios, "country");
            int scenarioCol = column(scenarios, "Scenario");
            int atCol = column(scenarios, "at");
            int tierCol = column(scenarios, "tier");
            SCENARIOS.forEach((country, v) -> {
                Row row = scenarioRow(scenarios, countryCol, country);
                if (row == null) {
                    row = scenarios.createRow(scenarios.getLastRowNum() + 1);
                    text(row, scenarioCol, country + ": addressing", scenarios.getRow(scenarios.getLastRowNum() - 1));
                    text(row, countryCol, country, null);
                    text(row, atCol, "2027-03-10T10:00:00Z", null);
                    text(row, tierCol, "B", null);
                }
                for (int i = 0; i < SCENARIO_COLUMNS.length; i++) {
                    text(row, expect.get(SCENARIO_COLUMNS[i]), v[i], null);
                }
            });
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Integer> ensureColumns(Sheet sheet) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        Row header = sheet.getRow(HEADER_ROW);
        for (String[] column : COLUMNS) {
            int col = find(header, column[0]);
            if (col >= 0 && !column[2].equals(commentOf(header.getCell(col)))) {
                // a value added since the column was (GIVEN_NAME_HONORIFIC): the header's comment lists it
                Cell cell = header.getCell(col);
                cell.removeCellComment();
                comment(sheet, cell, column[2]);
            }
            if (col < 0) {
                col = header.getLastCellNum();
                Cell model = header.getCell(col - 2);
                text(sheet.getRow(KIND_ROW), col, "ACTION", sheet.getRow(KIND_ROW));
                text(sheet.getRow(CODE_ROW), col, column[1], sheet.getRow(CODE_ROW));
                Cell cell = text(header, col, column[0], header);
                comment(sheet, cell, column[2]);
                sheet.setColumnWidth(col, model == null ? 4000 : sheet.getColumnWidth(model.getColumnIndex()));
            }
            cols.put(column[0], col);
        }
        return cols;
    }

    private static String commentOf(Cell cell) {
        return cell.getCellComment() == null ? null : cell.getCellComment().getString().getString();
    }

    private static Map<String, Integer> ensureScenarioColumns(Sheet sheet) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        Row header = sheet.getRow(HEADER_ROW);
        for (String name : SCENARIO_COLUMNS) {
            int col = find(header, name);
            if (col < 0) {
                col = header.getLastCellNum();
                text(sheet.getRow(4), col, "EXPECT", sheet.getRow(4));
                text(header, col, name, header);
            }
            cols.put(name, col);
        }
        return cols;
    }

    private static void set(Row row, Map<String, Integer> cols, String[] values) {
        int i = 0;
        for (Integer col : cols.values()) {
            String value = values[i++];
            if (value != null) {
                text(row, col, value, row);
            }
        }
    }

    private static void why(Row row, int col, String addressing) {
        Cell cell = row.getCell(col);
        String old = cell == null ? "" : new DataFormatter().formatCellValue(cell);
        int at = old.indexOf(" Addressing: ");
        String base = at >= 0 ? old.substring(0, at) : old;
        String value = (base.isBlank() ? row.getCell(1).getStringCellValue() + "." : base) + " Addressing: " + addressing;
        text(row, col, value, row);
    }

    private static Row rowOf(Sheet sheet, String key, boolean create) {
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && key.equals(new DataFormatter().formatCellValue(row.getCell(1)).trim())) {
                return row;
            }
        }
        if (!create) {
            throw new IllegalStateException("no row " + key + " in " + sheet.getSheetName());
        }
        Row model = sheet.getRow(sheet.getLastRowNum());
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        text(row, 1, key, model);
        return row;
    }

    private static Row scenarioRow(Sheet sheet, int countryCol, String country) {
        Row candidate = null;
        for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(countryCol) != null
                && country.equals(new DataFormatter().formatCellValue(row.getCell(countryCol)).trim())) {
                if (candidate == null) {
                    candidate = row;
                }
            }
        }
        return candidate;
    }

    static List<String> scenarioColumns() {
        return List.of(SCENARIO_COLUMNS);
    }
}
