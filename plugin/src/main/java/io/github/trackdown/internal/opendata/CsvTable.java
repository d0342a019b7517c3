package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The open data table as CSV: a header row of the column names, then one row per recommendation per review.
 *
 * <p>Written with Apache Commons CSV in the format of RFC 4180 (UTF-8, {@code CRLF} line ends, values with a comma,
 * a quote or a line break quoted), which is what GOV.UK's guidance on tabular data and CSVW expect. A value that the
 * format surely leaves as it is (no comma, quote or line break, not starting with a character up to {@code #} nor
 * ending with one up to a space, not an empty first value) is copied without it: Commons CSV reads each value a
 * character at a time through an interface, which with the shipped JVM settings was most of the time of a
 * portfolio's combined file. The text is encoded 64 KiB at a time.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
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

    private static void record(StringBuilder text, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (plain(value, i == 0)) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(value);
            } else {
                FORMAT.print(value, text, i == 0);
            }
        }
        FORMAT.println(text);
    }

    /** Whether the format surely writes the value as it is, stated in the class comment; otherwise it decides. */
    static boolean plain(String value, boolean first) {
        if (value.isEmpty()) {
            return !first;
        }
        return value.charAt(0) > '#' && value.charAt(value.length() - 1) > ' ' && value.indexOf(',') < 0
                && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0;
    }
}
