package org.tgov.shared.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.tgov.shared.Refusal;

/**
 * The text of an uploaded CSV file and the encoding it was read in, or why it cannot be read as
 * text. Finance systems and Excel save CSV as UTF-8 (with or without a byte-order mark) or as
 * Windows-1252 (Excel's "CSV (Comma delimited)"); UTF-16 is read when its byte-order mark says
 * so. No byte is ever silently replaced: a file is read in one encoding exactly, or refused.
 *
 * @param encoding the encoding's name as the user knows it, such as "UTF-8"; null when refused
 * @param refusal  why the file cannot be read (its sentence is in spend.properties); null when read
 */
public record CsvText(String text, String encoding, Refusal refusal) {

    public static final Refusal NOT_TEXT = Refusal.of("spend.csv.notText");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<byte[]> UTF_16_MARKS = List.of(new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0xFF, (byte) 0xFE});
    /** How files that are not text begin: ZIP (Excel .xlsx, .ods), OLE2 (Excel .xls), PDF, gzip, PNG, JPEG. */
    private static final List<byte[]> NOT_TEXT_SIGNATURES = List.of(new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {0x1F, (byte) 0x8B}, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    private static final int SAMPLE = 8192;

    public static CsvText decode(byte[] content) {
        if (startsWith(content, UTF_8_MARK)) {
            return decodeMarked(content, UTF_8_MARK.length, StandardCharsets.UTF_8, "UTF-8");
        }
        if (UTF_16_MARKS.stream().anyMatch(mark -> startsWith(content, mark))) {
            // Java's UTF-16 decoder reads the byte-order mark itself and drops it
            return decodeMarked(content, 0, StandardCharsets.UTF_16, "UTF-16");
        }
        if (NOT_TEXT_SIGNATURES.stream().anyMatch(signature -> startsWith(content, signature)) || mostlyControlBytes(content)) {
            return new CsvText(null, null, NOT_TEXT);
        }
        try {
            return new CsvText(strictly(StandardCharsets.UTF_8, content, 0), "UTF-8", null);
        } catch (CharacterCodingException notUtf8) {
            try {
                return new CsvText(strictly(WINDOWS_1252, content, 0), "Windows-1252", null);
            } catch (CharacterCodingException notWindows1252) {
                // the five bytes Windows-1252 leaves undefined appear only in files that are not text
                return new CsvText(null, null, NOT_TEXT);
            }
        }
    }

    /** A file that says which encoding it is in must be in it: guessing another would misread it. */
    private static CsvText decodeMarked(byte[] content, int offset, Charset charset, String name) {
        try {
            return new CsvText(strictly(charset, content, offset), name, null);
        } catch (CharacterCodingException e) {
            return new CsvText(null, null, Refusal.of("spend.csv.wrongEncoding", lineOfFirstBadByte(charset, content, offset), name));
        }
    }

    private static String strictly(Charset charset, byte[] content, int offset) throws CharacterCodingException {
        return decoder(charset).decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
    }

    /** Decodes up to the first byte that is not in this encoding and counts the lines before it. */
    private static long lineOfFirstBadByte(Charset charset, byte[] content, int offset) {
        CharBuffer decoded = CharBuffer.allocate(content.length);
        decoder(charset).decode(ByteBuffer.wrap(content, offset, content.length - offset), decoded, true);
        decoded.flip();
        return 1 + decoded.chars().filter(c -> c == '\n').count();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A text file may hold a stray control character (it is then shown as a problem on its row), but
     * in a file that is not text, such as UTF-16 without its mark or a compressed file, they abound.
     */
    private static boolean mostlyControlBytes(byte[] content) {
        int sample = Math.min(content.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                control++;
            }
        }
        return sample > 0 && control * 10 > sample;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
