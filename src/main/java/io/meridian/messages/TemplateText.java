package io.meridian.messages;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A template file's bytes as text. Templates are UTF-8 files: a file saved in another encoding (a German
 * template saved by an editor as Windows-1252, say) is refused at the first byte that is not UTF-8, naming
 * its line and column, instead of being read with a replacement character where each "ü" was and sent to
 * clients so. A leading byte order mark (Windows editors write one) is not part of the text.
 */
final class TemplateText {

    static final String SAVE_AS_UTF8 = "save the file with the encoding UTF-8 (in most editors: Save As, Encoding: UTF-8) and send it again";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TemplateText() {
    }

    /**
     * The text of {@code bytes} in {@code charset} (what the sender declared; UTF-8, the templates' encoding, when
     * it declared none).
     *
     * @throws TemplateRefusedException naming the line and column of the first byte that is not text in it
     */
    static String decode(String file, byte[] bytes, Charset charset) {
        Charset encoding = charset == null ? StandardCharsets.UTF_8 : charset;
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notText(file, bytes, in.position(), encoding);
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static TemplateRefusedException notText(String file, byte[] bytes, int at, Charset encoding) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the column in characters: what comes before the byte on its line is text
        String before = new String(bytes, lineStart, at - lineStart, encoding);
        int column = before.codePointCount(0, before.length()) + 1;
        String message = String.format(Locale.ROOT, "the file is not %s text: byte 0x%02X at line %d, column %d (after \"%s\") is not a"
            + " character in %s; %s", encoding.name(), bytes[at] & 0xFF, line, column, tail(before), encoding.name(), SAVE_AS_UTF8);
        return new TemplateRefusedException(file, List.of(new TemplateProblem(file, line, null, message)));
    }

    /** The last few characters before the byte, so that the place can be found in the editor. */
    private static String tail(String before) {
        String trimmed = before.strip();
        int count = trimmed.codePointCount(0, trimmed.length());
        int from = count <= 20 ? 0 : trimmed.offsetByCodePoints(0, count - 20);
        return trimmed.substring(from);
    }
}
