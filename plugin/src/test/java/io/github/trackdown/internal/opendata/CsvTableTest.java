package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    /** Values at every edge of the quoting rule: empty, spaces, leading '#' and below, separators, quotes, breaks. */
    private static final List<String> AWKWARD = List.of("", " ", "plain", "#tag", "!bang", "\"", "say \"hi\" twice",
            "a,b", ",", "line\nbreak", "carriage\rreturn", "trailing ", "tab\t", "  leading", "$dollar", "=1+2",
            "-3", "-x", "@owner", "é ünïcode → done", "emoji 🙂", "'quoted'", "end\"", "\"start", "R1",
            "a lone \uD83D surrogate", "what? a question", "why? 日本, then ?",
            "a long value, of many words, whose \"quotes\" come late");

    @Test
    void everyValueIsQuotedExactlyAsCommonsCsvsRfc4180FormatQuotesIt() throws IOException {
        List<DataColumn> columns = DataColumn.builtIn(name -> name);
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            rows.add(new DataRow(value(i), 2024, LocalDate.of(2024, 3, 1), value(i + 1), value(i + 2), value(i + 3),
                    value(i + 4), value(i + 5), value(i + 6), value(i + 7), value(i + 8), value(i + 9), List.of()));
        }
        DataTable table = new DataTable(columns, rows);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CsvTable.write(table, written);

        StringWriter expected = new StringWriter();
        CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180.builder()
                .setHeader(table.header().toArray(String[]::new)).get());
        for (DataRow row : rows) {
            printer.printRecord(row.cells());
        }
        printer.flush();
        // Encoded as String.getBytes encodes it: a lone surrogate as "?".
        String expectedBytes = new String(expected.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(expectedBytes, written.toString(StandardCharsets.UTF_8));
    }

    private static String value(int index) {
        return AWKWARD.get(index % AWKWARD.size());
    }
}
