package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open data table: its columns and its rows, the one source of the CSV file, its metadata and the spreadsheet.
 *
 * <p>Its cells are encoded for each file format row by row ({@link #encoded}); a wording kept from one review to the
 * next is the same text in both rows, and is encoded once. The spreadsheet's cells are kept once made, so that a
 * portfolio's combined table, whose rows are drawn from its reports' tables ({@link #DataTable(List, List, List)}),
 * copies the bytes of every cell it shares with them (the wording, the comment) instead of escaping the same text
 * again. Kept, the cells of the benchmark's portfolio of 15,000 rows hold about 25 MB until the combined spreadsheet
 * is written.
 */
public final class DataTable {

    /** The longest text whose bytes are shared by every cell with the same text, in characters. */
    private static final int SHORT_TEXT = 40;

    private final List<DataColumn> columns;
    private final List<DataRow> rows;
    /** The tables whose rows these rows are drawn from, one after the other; empty when the rows are its own. */
    private final List<DataTable> sources;
    /** The cells of each encoding, by {@link CellEncoding#slot}: made the first time asked, then kept. */
    private final byte[][][][] kept = new byte[CellEncoding.COUNT][][][];
    private final Object[] locks = new Object[CellEncoding.COUNT];

    /**
     * A table of its own rows.
     *
     * @param columns the columns, in order
     * @param rows one per recommendation per review, each with one cell per column
     */
    public DataTable(List<DataColumn> columns, List<DataRow> rows) {
        this(columns, rows, List.of());
    }

    /**
     * A table whose rows are drawn from other tables' rows: its first rows are the first source's rows, in order,
     * then the next source's, each row made of the source row's cells, changed or not, and cells of its own. A cell
     * that is the very same text as its source row's cell in the same column is written with the bytes the source
     * made for it.
     *
     * @param columns the columns, in order
     * @param rows one per row of the sources, each with one cell per column
     * @param sources the tables the rows are drawn from, in the rows' order; empty when the rows are the table's own
     */
    public DataTable(List<DataColumn> columns, List<DataRow> rows, List<DataTable> sources) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.sources = List.copyOf(sources);
        for (DataRow row : this.rows) {
            if (row.size() != this.columns.size()) {
                throw new IllegalArgumentException("the row of " + row.id() + " in " + row.year() + " has "
                        + row.size() + " cells for " + this.columns.size() + " columns");
            }
        }
        for (int slot = 0; slot < locks.length; slot++) {
            locks[slot] = new Object();
        }
        int drawn = this.sources.stream().mapToInt(source -> source.rows.size()).sum();
        if (!this.sources.isEmpty() && drawn != this.rows.size()) {
            throw new IllegalArgumentException(this.rows.size() + " rows drawn from sources of " + drawn + " rows");
        }
    }

    /** The columns, in order. */
    public List<DataColumn> columns() {
        return columns;
    }

    /** The rows: one per recommendation per review, each with one cell per column. */
    public List<DataRow> rows() {
        return rows;
    }

    /** The column names, in order. */
    public List<String> header() {
        return columns.stream().map(DataColumn::name).toList();
    }

    /** Gives each row's encoded cells, one row after the other. */
    interface EncodedRows {
        /** The next row's cells, in the order of the columns. */
        byte[][] next() throws IOException;
    }

    /**
     * Each row's cells as {@code encoding} writes them, in order. A table of its own rows makes them the first time
     * it is asked and keeps them (its files and a portfolio's combined files all write them); a table drawn from
     * others makes each row when it is asked for, keeping none, with the bytes of the cells it shares with its
     * sources' rows. An encoding that is {@linkplain CellEncoding#NOT_KEPT never kept} is made row by row, sharing
     * only the cells of the row above.
     */
    EncodedRows encoded(CellEncoding encoding) throws IOException {
        if (encoding.slot == CellEncoding.NOT_KEPT) {
            return drawn(encoding, List.of());
        }
        if (sources.isEmpty()) {
            byte[][][] cells = kept(encoding);
            int[] next = {0};
            return () -> cells[next[0]++];
        }
        return drawn(encoding, sources);
    }

    /** The rows made one after the other, each sharing the cells of the row above and of its source row. */
    private EncodedRows drawn(CellEncoding encoding, List<DataTable> sources) {
        CellEncoding.Encoder encoder = encoding.encoder();
        return new EncodedRows() {
            private int row;
            private int source;
            private int sourceRow;
            private byte[][][] sourceCells;
            private List<String> above;
            private byte[][] aboveCells;

            @Override
            public byte[][] next() throws IOException {
                if (sources.isEmpty()) {
                    List<String> values = rows.get(row++).cells();
                    aboveCells = encode(values, encoder, above, aboveCells, null, null);
                    above = values;
                    return aboveCells;
                }
                while (sourceCells == null || sourceRow == sourceCells.length) {
                    if (sourceCells != null) {
                        source++;
                    }
                    sourceRow = 0;
                    sourceCells = sources.get(source).kept(encoding);
                }
                List<String> values = rows.get(row++).cells();
                byte[][] cells = encode(values, encoder, above, aboveCells,
                        sources.get(source).rows.get(sourceRow).cells(), sourceCells[sourceRow]);
                sourceRow++;
                above = values;
                aboveCells = cells;
                return cells;
            }
        };
    }

    /**
     * The cells of the table's own rows, made once. The encoding's slot is locked, not the table: the files of
     * several encodings may be written on several threads at once.
     */
    private byte[][][] kept(CellEncoding encoding) throws IOException {
        synchronized (locks[encoding.slot]) {
            if (kept[encoding.slot] == null) {
                CellEncoding.Encoder encoder = sharingShortTexts(encoding.encoder());
                byte[][][] cells = new byte[rows.size()][][];
                List<String> above = null;
                for (int r = 0; r < cells.length; r++) {
                    List<String> values = rows.get(r).cells();
                    cells[r] = encode(values, encoder, above, r == 0 ? null : cells[r - 1], null, null);
                    above = values;
                }
                kept[encoding.slot] = cells;
            }
            return kept[encoding.slot];
        }
    }

    /**
     * The encoder, giving the same bytes for the same short text (a year, a date, a status, an id): kept for every
     * row, they would otherwise be as many small arrays as cells.
     */
    private static CellEncoding.Encoder sharingShortTexts(CellEncoding.Encoder encoder) {
        Map<String, byte[]> shortTexts = new HashMap<>();
        return (value, column) -> {
            // An empty first cell is the one whose bytes depend on the column (CSV writes it "").
            if (value.length() > SHORT_TEXT || value.isEmpty() && column == 0) {
                return encoder.encode(value, column);
            }
            byte[] cell = shortTexts.get(value);
            if (cell == null) {
                cell = encoder.encode(value, column);
                shortTexts.put(value, cell);
            }
            return cell;
        };
    }

    /**
     * A row's cells: the bytes of the cell above when it is the very same text, else of the source row's cell in
     * the same column when that is, else encoded.
     */
    private static byte[][] encode(List<String> values, CellEncoding.Encoder encoder, List<String> above,
            byte[][] aboveCells, List<String> source, byte[][] sourceCells) throws IOException {
        byte[][] cells = new byte[values.size()][];
        for (int c = 0; c < cells.length; c++) {
            String value = values.get(c);
            if (above != null && above.get(c) == value) {
                cells[c] = aboveCells[c];
            } else if (source != null && c < source.size() && source.get(c) == value) {
                cells[c] = sourceCells[c];
            } else {
                cells[c] = encoder.encode(value, c);
            }
        }
        return cells;
    }
}
