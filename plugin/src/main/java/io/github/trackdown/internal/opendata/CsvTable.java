package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The open data table as CSV: a header row of the column names, then one row per recommendation per review.
 *
 * <p>Written in the format of RFC 4180 (UTF-8, {@code CRLF} line ends, values with a comma, a quote or a line break
 * quoted, a quote inside doubled), which is what GOV.UK's guidance on tabular data and CSVW expect, exactly as Apache
 * Commons CSV's {@code RFC4180} format writes it (the tests compare the two): a value is also quoted when it starts
 * with a character up to {@code #} or ends with one up to a space, and an empty first value is written {@code ""}.
 * Each value is read once, encoded to UTF-8 as its characters are checked ({@link Utf8Buffer}): Commons CSV reads a
 * value a character at a time through an interface, which with the shipped JVM settings was most of the time of a
 * portfolio's combined file.
 */
public final class CsvTable {

    private static final byte[] EMPTY_FIRST_VALUE = Utf8Buffer.ascii("\"\"");
    private static final byte[] LINE_END = Utf8Buffer.ascii("\r\n");

    private CsvTable() {
    }

    /**
     * How the CSV file writes a cell: quoted where the format needs it, encoded to UTF-8. Not kept with a table: the
     * cells of the 100 reports of the benchmark's portfolio would hold about 25 MB for about 65 ms of the combined
     * file's 90 ms (the spreadsheet's, whose escaping costs more, are kept).
     */
    static final CellEncoding CELLS = new CellEncoding(CellEncoding.NOT_KEPT) {
        @Override
        Encoder encoder() {
            Writer inMemory = new Writer(null);
            return (value, column) -> {
                inMemory.value(value, column == 0);
                return inMemory.take();
            };
        }
    };

    /** Writes the header and the rows, each cell as the table encoded it once ({@link DataTable#encoded}). */
    public static void write(DataTable table, OutputStream out) throws IOException {
        Writer csv = new Writer(out);
        csv.record(table.header());
        DataTable.EncodedRows rows = table.encoded(CELLS);
        for (int r = table.rows().size(); r > 0; r--) {
            csv.record(rows.next());
        }
        csv.flush();
    }

    /** Writes records of values, quoted where the format needs it. */
    private static final class Writer extends Utf8Buffer {

        /** Writes to {@code out}; with {@code null}, keeps the bytes to be {@linkplain #take() taken}. */
        Writer(OutputStream out) {
            super(out);
        }

        void record(List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    write(',');
                }
                value(values.get(i), i == 0);
            }
            write(LINE_END);
        }

        /** Writes a record of cells already quoted and encoded. */
        void record(byte[][] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    write(',');
                }
                write(cells[i]);
            }
            write(LINE_END);
        }

        /**
         * Writes one value, quoted where the format needs it: read from its Latin-1 bytes, copied at once, when it
         * has no character beyond Latin-1 (most text), else from its characters.
         */
        private void value(String value, boolean first) throws IOException {
            int length = value.length();
            if (length == 0) {
                if (first) {
                    write(EMPTY_FIRST_VALUE);
                }
                return;
            }
            // At most 3 bytes a character (a doubled quote is 2, a surrogate pair 4 for 2), and the quotes.
            room(3 * length + 2);
            if (!latin1Value(value, latin1Of(value))) {
                charsValue(value);
            }
        }

        /**
         * Writes a value from its Latin-1 bytes ({@link #latin1Of}), with room made; or writes nothing and says so
         * when a {@code ?} among them stands for a character beyond Latin-1.
         */
        private boolean latin1Value(String value, byte[] cs) {
            int length = cs.length;
            byte[] b = bytes;
            int start = count;
            int at = start;
            boolean quoted = (cs[0] & 0xFF) <= '#' || (cs[length - 1] & 0xFF) <= ' ';
            if (quoted) {
                b[at++] = '"';
            }
            for (int i = 0; i < length; i++) {
                int c = cs[i] & 0xFF;
                if (c > ',') {
                    if (c < 0x80) {
                        if (c == '?' && value.charAt(i) != '?') {
                            return false;
                        }
                        b[at++] = (byte) c;
                    } else {
                        b[at++] = (byte) (0xC0 | c >> 6);
                        b[at++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                    if (!quoted) {
                        // The value needs quotes after all: the part written so far moves up for the opening one.
                        System.arraycopy(b, start, b, start + 1, at - start);
                        b[start] = '"';
                        at++;
                        quoted = true;
                    }
                    if (c == '"') {
                        b[at++] = '"';
                    }
                    b[at++] = (byte) c;
                } else {
                    b[at++] = (byte) c;
                }
            }
            if (quoted) {
                b[at++] = '"';
            }
            count = at;
            return true;
        }

        /** Writes a value from its characters, with room made. */
        private void charsValue(String value) {
            int length = value.length();
            char[] cs = charsOf(value);
            byte[] b = bytes;
            int start = count;
            int at = start;
            boolean quoted = cs[0] <= '#' || cs[length - 1] <= ' ';
            if (quoted) {
                b[at++] = '"';
            }
            for (int i = 0; i < length; i++) {
                char c = cs[i];
                if (c > ',') {
                    if (c < 0x80) {
                        b[at++] = (byte) c;
                    } else {
                        count = at;
                        if (writeBeyondAscii(c, i + 1 < length ? cs[i + 1] : 0)) {
                            i++;
                        }
                        at = count;
                    }
                } else if (c == '"' || c == ',' || c == '\n' || c == '\r') {
                    if (!quoted) {
                        // The value needs quotes after all: the part written so far moves up for the opening one.
                        System.arraycopy(b, start, b, start + 1, at - start);
                        b[start] = '"';
                        at++;
                        quoted = true;
                    }
                    if (c == '"') {
                        b[at++] = '"';
                    }
                    b[at++] = (byte) c;
                } else {
                    b[at++] = (byte) c;
                }
            }
            if (quoted) {
                b[at++] = '"';
            }
            count = at;
        }
    }
}
