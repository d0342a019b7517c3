package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's cells are encoded once per row, and a table drawn from others copies the spreadsheet cells it shares. */
class DataTableTest {

    private static final List<DataColumn> COLUMNS = columns("budget");
    private static final List<DataColumn> COMBINED_COLUMNS = columns("report");
    private static final String WORDING = "Publish the data, \"openly\" & on time  (twice)";
    private static final DatasetInfo INFO = new DatasetInfo("Tracker", "", "", "en", null, LocalDate.of(2024, 7, 1),
            "", key -> key);

    @Test
    void aTableDrawnFromOthersWritesTheSameFilesAsTheSameRowsOfItsOwn() throws IOException {
        DataTable first = report("a", "=1+1", " leading space, a \"quote\"\tand a tab");
        DataTable second = report("b", "-3", "é ünïcode 🙂 <b>");
        // The sources have written their own files, as a report's site does before the portfolio's.
        written(first);
        written(second);
        List<DataRow> rows = new ArrayList<>();
        for (DataTable source : List.of(first, second)) {
            for (DataRow row : source.rows()) {
                rows.add(combined(row, source == first ? "a" : "b"));
            }
        }

        DataTable drawn = new DataTable(COMBINED_COLUMNS, rows, List.of(first, second));
        DataTable own = new DataTable(COMBINED_COLUMNS, rows);

        assertArrayEquals(csv(own), csv(drawn));
        assertArrayEquals(ods(own), ods(drawn));
    }

    @Test
    void aDrawnRowCopiesTheSpreadsheetBytesOfTheCellsItSharesWithItsSourceRowAndEncodesItsOwn() throws IOException {
        DataTable source = report("a", "", "a comment, with a comma");
        DataTable drawn = new DataTable(COMBINED_COLUMNS, List.of(combined(source.rows().get(0), "a"),
                combined(source.rows().get(1), "a")), List.of(source));

        byte[][] sourceCells = source.encoded(SheetXml.CELLS).next();
        byte[][] drawnCells = drawn.encoded(SheetXml.CELLS).next();
        assertSame(sourceCells[9], drawnCells[9], "the wording");
        assertSame(sourceCells[10], drawnCells[10], "the comment");
        assertNotSame(sourceCells[11], drawnCells[11], "the address, made relative to the report's folder");
    }

    @Test
    void theCsvCellsAreNotKeptButMadeAgainEachTimeTheyAreWritten() throws IOException {
        DataTable table = report("a", "", "a comment");

        assertNotSame(table.encoded(CsvTable.CELLS).next()[10], table.encoded(CsvTable.CELLS).next()[10]);
        assertSame(table.encoded(SheetXml.CELLS).next()[10], table.encoded(SheetXml.CELLS).next()[10]);
    }

    @Test
    void aWordingKeptFromOneReviewToTheNextIsEncodedOnce() throws IOException {
        DataTable table = report("a", "", "");

        for (CellEncoding encoding : List.of(CsvTable.CELLS, SheetXml.CELLS, JsonRows.CELLS)) {
            DataTable.EncodedRows rows = table.encoded(encoding);
            assertSame(rows.next()[9], rows.next()[9]);
        }
    }

    @Test
    void aTableRefusesToDrawMoreOrFewerRowsThanItsSourcesHave() {
        DataTable source = report("a", "", "");
        List<DataRow> oneRow = List.of(combined(source.rows().get(0), "a"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DataTable(COMBINED_COLUMNS, oneRow, List.of(source)));
        assertTrue(refused.getMessage().contains("1 rows drawn from sources of 2 rows"), refused.getMessage());
    }

    /** A report's table of two reviews of one recommendation, its wording kept, with a column of its own. */
    private static DataTable report(String folder, String budget, String comment) {
        List<DataRow> rows = new ArrayList<>();
        for (int year : new int[] {2023, 2024}) {
            rows.add(new DataRow("R1", year, LocalDate.of(year, 7, 1), "Review " + year, "Open data", "Data",
                    "Office; Agency", "Some progress", "Retained", WORDING, year + ": " + comment,
                    "recommendations/r1.html#review-" + year, List.of("", "", "no", "no", budget)));
        }
        return new DataTable(COLUMNS, rows);
    }

    /** The row as a portfolio combines it: its address from the portfolio's root, its report instead of its own. */
    private static DataRow combined(DataRow row, String folder) {
        return new DataRow(row.id(), row.year(), row.published(), row.reviewTitle(), row.title(), row.theme(),
                row.owners(), row.status(), row.outcome(), row.wording(), row.comment(), folder + "/" + row.url(),
                List.of("", "", "no", "no", folder));
    }

    private static List<DataColumn> columns(String last) {
        List<DataColumn> columns = new ArrayList<>(DataColumn.builtIn(name -> name));
        for (String name : List.of("response", "due", "priority", "overdue", last)) {
            columns.add(new DataColumn(name, "string", name));
        }
        return columns;
    }

    private static void written(DataTable table) throws IOException {
        csv(table);
        ods(table);
    }

    private static byte[] csv(DataTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable.write(table, out);
        return out.toByteArray();
    }

    private static byte[] ods(DataTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdsWorkbook.write(INFO, table, out);
        return out.toByteArray();
    }
}
