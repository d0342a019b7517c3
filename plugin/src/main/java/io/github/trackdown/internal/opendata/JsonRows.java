package io.github.trackdown.internal.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The open data table's rows as JSON objects, one field per column: the numeric columns (such as the year) as
 * numbers, the others as strings.
 *
 * <p>Each string is escaped here, as Jackson's {@code writeString} escapes it (the tests compare the two), and handed
 * to the generator whole: Jackson reads a string a {@code charAt} at a time, which with the shipped JVM settings was
 * most of the time of a portfolio's combined JSON. A wording kept from one review to the next is escaped once.
 */
public final class JsonRows {

    private static final byte[] UNICODE = {'\\', 'u'};
    private static final byte[] HEX = Utf8Buffer.ascii("0123456789ABCDEF");

    /** How a JSON string's content is written: escaped, without its quotes. Made row by row, never kept. */
    static final CellEncoding CELLS = new CellEncoding(CellEncoding.NOT_KEPT) {
        @Override
        Encoder encoder() {
            Escaper inMemory = new Escaper();
            return (value, column) -> {
                inMemory.escape(value);
                return inMemory.take();
            };
        }
    };

    private JsonRows() {
    }

    /** Writes the rows, as the values of an array the generator has started. */
    public static void write(DataTable table, JsonGenerator json) throws IOException {
        // Each name quoted and encoded once, not once per row.
        SerializedString[] names = table.header().stream().map(SerializedString::new).toArray(SerializedString[]::new);
        boolean[] numeric = new boolean[names.length];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = table.columns().get(c).holdsNumbers();
        }
        DataTable.EncodedRows rows = table.encoded(CELLS);
        for (DataRow row : table.rows()) {
            byte[][] cells = rows.next();
            json.writeStartObject();
            for (int c = 0; c < cells.length; c++) {
                json.writeFieldName(names[c]);
                if (numeric[c]) {
                    json.writeNumber(Integer.parseInt(row.cell(c)));
                } else {
                    json.writeRawUTF8String(cells[c], 0, cells[c].length);
                }
            }
            json.writeEndObject();
        }
    }

    /** Escapes text for a JSON string, as Jackson does. */
    static final class Escaper extends Utf8Buffer {

        Escaper() {
            super(null);
        }

        /**
         * Writes the text escaped: a quote and a backslash after a backslash, the control characters as {@code \b},
         * {@code \t}, {@code \n}, {@code \f}, {@code \r} or else a backslash, {@code u} and the four uppercase hex
         * digits of the character, each half of a surrogate pair in the same way, the rest in UTF-8.
         */
        void escape(String text) throws IOException {
            // At most 6 bytes a character (the escape of a surrogate or a control character).
            room(6 * text.length());
            if (!escapeLatin1(text, latin1Of(text))) {
                escapeChars(text);
            }
        }

        /**
         * {@link #escape} from the text's Latin-1 bytes ({@link #latin1Of}), with room made; or nothing and
         * {@code false} when a {@code ?} among them stands for a character beyond Latin-1.
         */
        private boolean escapeLatin1(String text, byte[] cs) {
            byte[] b = bytes;
            int at = count;
            for (int i = 0; i < cs.length; i++) {
                int c = cs[i] & 0xFF;
                if (c >= 0x80) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (c >= ' ' && c != '"' && c != '\\') {
                    if (c == '?' && text.charAt(i) != '?') {
                        return false;
                    }
                    b[at++] = (byte) c;
                } else {
                    at = escaped((char) c, b, at);
                }
            }
            count = at;
            return true;
        }

        /** {@link #escape} from the text's characters, with room made. */
        private void escapeChars(String text) {
            int length = text.length();
            char[] cs = charsOf(text);
            byte[] b = bytes;
            int at = count;
            for (int i = 0; i < length; i++) {
                char c = cs[i];
                if (c >= 0x80) {
                    if (c < 0x800) {
                        b[at++] = (byte) (0xC0 | c >> 6);
                        b[at++] = (byte) (0x80 | c & 0x3F);
                    } else if (Character.isSurrogate(c)) {
                        at = unicode(c, b, at);
                    } else {
                        b[at++] = (byte) (0xE0 | c >> 12);
                        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (c >= ' ' && c != '"' && c != '\\') {
                    b[at++] = (byte) c;
                } else {
                    at = escaped(c, b, at);
                }
            }
            count = at;
        }

        /** Writes an ASCII character JSON escapes: a quote, a backslash or a control character. */
        private static int escaped(char c, byte[] b, int at) {
            char shortForm = switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '\b' -> 'b';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\f' -> 'f';
                case '\r' -> 'r';
                default -> 0;
            };
            if (shortForm == 0) {
                return unicode(c, b, at);
            }
            b[at] = '\\';
            b[at + 1] = (byte) shortForm;
            return at + 2;
        }

        private static int unicode(char c, byte[] b, int at) {
            System.arraycopy(UNICODE, 0, b, at, 2);
            b[at + 2] = HEX[c >> 12];
            b[at + 3] = HEX[c >> 8 & 0xF];
            b[at + 4] = HEX[c >> 4 & 0xF];
            b[at + 5] = HEX[c & 0xF];
            return at + 6;
        }
    }
}
