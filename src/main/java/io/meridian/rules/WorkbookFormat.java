package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Which files the rule tables are read from, and why another file is not one, in the analyst's words
 * with what to do about it. The tables are kept, served and written into the rules folder as Excel
 * workbooks ({@code .xlsx}), whatever program saved them: an OpenDocument spreadsheet (LibreOffice's own
 * format) or an Excel 97–2003 workbook ({@code .xls}) is refused with the way to save it as one, rather
 * than with the reading library's words ("try Apache ODFToolkit") or, for {@code .xls}, taken and then
 * served under an {@code .xlsx} name that Excel warns about.
 */
final class WorkbookFormat {

    static final String SAVE_AS_XLSX = "save it as an Excel workbook (.xlsx) and upload that file: in Excel File > Save As,"
        + " type \"Excel Workbook (*.xlsx)\"; in LibreOffice File > Save As..., type \"Excel 2007-365 (.xlsx)\"";
    private static final byte[] ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument".getBytes(StandardCharsets.US_ASCII);
    /** Where an OpenDocument file names its type: the first entry of its zip, "mimetype", stored uncompressed. */
    private static final int ODF_MIMETYPE_AT = 30;
    private static final int TEXT_SAMPLE = 4096;

    private WorkbookFormat() {
    }

    /** The workbook in {@code bytes}, opened; anything but an Excel workbook (.xlsx) throws, {@link #problem} says why. */
    static Workbook open(byte[] bytes) throws IOException {
        Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        if (workbook.getSpreadsheetVersion() != SpreadsheetVersion.EXCEL2007) {
            workbook.close();
            throw new NotXlsx("the file is an Excel 97-2003 workbook (.xls), not an Excel workbook (.xlsx): " + SAVE_AS_XLSX);
        }
        return workbook;
    }

    /** Why {@code bytes} (null when unknown) could not be read as a workbook, {@code e} being what the reading threw. */
    static String problem(byte[] bytes, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof NotXlsx) {
                return cause.getMessage();
            }
            if (cause instanceof EncryptedDocumentException) {
                return "the workbook is protected by a password, which the server cannot open: save it without the password"
                    + " (as an Excel workbook, .xlsx) and upload that file";
            }
            if (cause instanceof ODFNotOfficeXmlFileException) {
                return openDocument();
            }
        }
        if (bytes != null && isOpenDocument(bytes)) {
            return openDocument();
        }
        String kind = bytes == null ? null : kind(bytes);
        return kind != null ? "the file is " + kind + ", not an Excel workbook (.xlsx): " + SAVE_AS_XLSX
            : "the file is not an Excel workbook (.xlsx) that can be read (" + DecisionTableCompiler.rootMessage(e) + "): " + SAVE_AS_XLSX;
    }

    private static String openDocument() {
        return "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx): " + SAVE_AS_XLSX;
    }

    private static boolean isOpenDocument(byte[] bytes) {
        return bytes.length >= ODF_MIMETYPE_AT + ODF_MIMETYPE.length && bytes[0] == 'P' && bytes[1] == 'K'
            && Arrays.equals(bytes, ODF_MIMETYPE_AT, ODF_MIMETYPE_AT + ODF_MIMETYPE.length, ODF_MIMETYPE, 0, ODF_MIMETYPE.length);
    }

    /** What else the file is, in words, when its first bytes tell; null when they do not. */
    private static String kind(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case PDF -> "a PDF document";
            case HTML -> "a web page (HTML)";
            case XML -> "an XML file";
            case JPEG, PNG, GIF, TIFF, BMP, WMF, EMF -> "an image";
            case WORD2 -> "a Word document";
            case UNKNOWN -> isText(bytes) ? "a text file (a CSV export keeps neither the sheets nor their drop-down lists)" : null;
            default -> null;
        };
    }

    private static boolean isText(byte[] bytes) {
        int length = Math.min(bytes.length, TEXT_SAMPLE);
        // a sample that cuts the file ends before the character it would cut (UTF-8: at most 3 continuation bytes)
        for (int back = 0; back < 3 && length > 0 && length < bytes.length && (bytes[length] & 0xC0) == 0x80; back++) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A workbook the reading library opens but the tables are not kept as. */
    static final class NotXlsx extends IOException {
        NotXlsx(String message) {
            super(message);
        }
    }
}
