package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The open data table as CSV: a header row of the column names, then one row per recommendation per review.
 *
 * <p>The format of RFC 4180 (UTF-8, {@code CRLF} line ends, values separated by commas), which is what GOV.UK's
 * guidance on tabular data and CSVW expect, quoted exactly as Apache Commons CSV's {@code RFC4180} format quotes
 * (its minimal quoting): a value is quoted when it contains a comma, a quote or a line break, starts with a
 * character up to {@code #} or ends with one up to a space, or is an empty first value of a row; a quote inside
 * is doubled. Written here rather than through Commons CSV, which reads each value a character at a time through
 * an interface: with the shipped JVM settings that was most of the time of a portfolio's combined file.
 */
public final class CsvTable {

    /** How much text is made before it is encoded and written. */
    private static final int BLOCK = 1 << 16;

    private CsvTable() {
    }

    /** Writes the header and the rows. */
    public static void write(DataTable table, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(BLOCK + BLOCK / 4);
        record(text, table.header());
        for (DataRow row : table.rows()) {
            record(text, row.cells());
            if (text.length() >= BLOCK) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void record(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            value(text, values.get(i), i == 0);
        }
        text.append("\r\n");
    }

    private static void value(StringBuilder text, String value, boolean first) {
        if (!needsQuotes(value, first)) {
            text.append(value);
            return;
        }
        text.append('"');
        int start = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', quote + 1)) {
            text.append(value, start, quote + 1).append('"');
            start = quote + 1;
        }
        text.append(value, start, value.length()).append('"');
    }

    /** Whether a value is quoted: the rule of Commons CSV's minimal quoting, stated in the class comment. */
    static boolean needsQuotes(String value, boolean first) {
        if (value.isEmpty()) {
            return first;
        }
        return value.charAt(0) <= '#' || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.charAt(value.length() - 1) <= ' ';
    }
}
