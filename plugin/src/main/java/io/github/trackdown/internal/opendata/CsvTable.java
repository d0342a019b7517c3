package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open data table as CSV: a header row of the column names, then one row per recommendation per review.
 *
 * <p>Written with Apache Commons CSV in the format of RFC 4180 (UTF-8, {@code CRLF} line ends, values with a comma,
 * a quote or a line break quoted), which is what GOV.UK's guidance on tabular data and CSVW expect. The rows are
 * printed into a text buffer and encoded a block at a time: a writer to a stream costs a copy and a lock for every
 * piece of every value.
 */
public final class CsvTable {

    /** How much text is printed before it is encoded and written. */
    private static final int BLOCK = 1 << 16;

    private CsvTable() {
    }

    /** Writes the header and the rows. */
    public static void write(DataTable table, OutputStream out) throws IOException {
        String[] header = table.header().toArray(String[]::new);
        StringBuilder text = new StringBuilder(BLOCK + BLOCK / 4);
        CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header).get());
        for (DataRow row : table.rows()) {
            printer.printRecord(row.cells());
            if (text.length() >= BLOCK) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
