package io.github.trackdown.internal.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open data table as CSV: a header row of the column names, then one row per recommendation per review.
 *
 * <p>Written with Apache Commons CSV in the format of RFC 4180 (UTF-8, {@code CRLF} line ends, values with a comma,
 * a quote or a line break quoted), which is what GOV.UK's guidance on tabular data and CSVW expect.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** Writes the header and the rows. */
    public static void write(DataTable table, OutputStream out) throws IOException {
        String[] header = table.header().toArray(String[]::new);
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header).get());
        for (DataRow row : table.rows()) {
            printer.printRecord(row.cells());
        }
        printer.flush();
    }
}
