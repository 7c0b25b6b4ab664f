package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.meridian.testsupport.RunsBeside;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * A file that is not an Excel workbook (.xlsx) is refused with what it is and how to save it as
 * one, in the analyst's words: LibreOffice's own format, an Excel 97-2003 workbook, a workbook
 * with a password, a PDF, a CSV export. The version in force is untouched in every case (the
 * refusal happens before anything is built; {@code RulesApiTest} checks that over REST).
 */
@RunsBeside
class WorkbookFormatTest {

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithHowToSaveItAsXlsxNotWithTheLibrarysAdvice() throws IOException {
        assertThat(refusal(openDocumentSpreadsheet()))
            .startsWith("the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)")
            .contains("\"Excel 2007-365 (.xlsx)\"").doesNotContain("ODFToolkit");
    }

    @Test
    void anExcel97WorkbookIsRefusedThoughItCouldBeReadBecauseTheTablesAreKeptAndServedAsXlsx() throws IOException {
        byte[] xls;
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Countries").createRow(0).createCell(0).setCellValue("RuleTable Countries");
            book.write(out);
            xls = out.toByteArray();
        }
        assertThat(refusal(xls)).startsWith("the file is an Excel 97-2003 workbook (.xls), not an Excel workbook (.xlsx)")
            .contains("\"Excel Workbook (*.xlsx)\"");
        assertThat(AllowedValues.check(xls)).singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("the file is an Excel 97-2003 workbook (.xls)"));
    }

    @Test
    void aWorkbookWithAPasswordIsRefusedAskingForItWithoutOne() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream data = encryptor.getDataStream(fs)) {
            data.write(Workbooks.etiquette());
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();

        assertThat(refusal(encrypted.toByteArray())).startsWith("the workbook is protected by a password")
            .contains("save it without the password");
    }

    @Test
    void aPdfOrACsvExportSaysWhatTheFileIs() {
        assertThat(refusal("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n".getBytes(StandardCharsets.US_ASCII)))
            .startsWith("the file is a PDF document, not an Excel workbook (.xlsx): save it as an Excel workbook (.xlsx)");
        assertThat(refusal("Country;Directness\nJP;INDIRECT\nDE;DIRECT\nCN;INDIRECT — 直接\n".getBytes(StandardCharsets.UTF_8)))
            .startsWith("the file is a text file (a CSV export keeps neither the sheets nor their drop-down lists)")
            .contains("not an Excel workbook (.xlsx)");
    }

    @Test
    void aDamagedXlsxSaysItCannotBeReadAndWhy() {
        byte[] workbook = Workbooks.etiquette();
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertThat(refusal(cut)).startsWith("the file is not an Excel workbook (.xlsx) that can be read (")
            .contains("save it as an Excel workbook (.xlsx)");
    }

    @Test
    void aShippedWorkbookStillOpens() throws IOException {
        try (var book = WorkbookFormat.open(Workbooks.etiquette())) {
            assertThat(book.getSheet("Countries")).isNotNull();
        }
    }

    /** A small OpenDocument spreadsheet as LibreOffice Calc 7.4 saves one (a two-column sheet, File > Save As, ODF). */
    static byte[] openDocumentSpreadsheet() throws IOException {
        try (var in = WorkbookFormatTest.class.getResourceAsStream("saved-by-libreoffice.drl.ods")) {
            return in.readAllBytes();
        }
    }

    /** The one problem the compiler refuses {@code bytes} with. */
    private String refusal(byte[] bytes) {
        String[] message = new String[1];
        assertThatThrownBy(() -> compiler.compile("etiquette", bytes)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> message[0] = p.message()));
        return message[0];
    }
}
