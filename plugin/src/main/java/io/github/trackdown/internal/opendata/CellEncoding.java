package io.github.trackdown.internal.opendata;

import java.io.IOException;

/**
 * How one file format writes a table's cells, escaped and encoded to UTF-8: {@link CsvTable#CELLS} for the CSV file,
 * {@link SheetXml#CELLS} for the spreadsheet's text, {@link JsonRows#CELLS} for JSON strings. A table encodes its
 * cells row by row ({@link DataTable#encoded}), a cell whose text the cell above has sharing its bytes; the cells of
 * a kept encoding are made once and kept with the table.
 */
abstract class CellEncoding {

    /** How many encodings a table keeps: each in its own place, {@link #slot}. */
    static final int COUNT = 1;
    /** The slot of an encoding whose cells are made row by row when written, and never kept. */
    static final int NOT_KEPT = -1;

    /** Where a table keeps the cells of this encoding, from 0 to {@link #COUNT}, or {@link #NOT_KEPT}. */
    final int slot;

    CellEncoding(int slot) {
        this.slot = slot;
    }

    /** A new encoder, for one thread at a time. */
    abstract Encoder encoder();

    /** Encodes cells one after the other. */
    interface Encoder {
        /** The bytes of the cell {@code value} in the column numbered {@code column} (from 0). */
        byte[] encode(String value, int column) throws IOException;
    }
}
