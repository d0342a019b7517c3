package io.github.trackdown.internal.opendata;

import java.util.List;

/**
 * The open data table: its columns and its rows, the one source of the CSV file, its metadata and the spreadsheet.
 *
 * @param columns the columns, in order
 * @param rows one per recommendation per review, each with one cell per column
 */
public record DataTable(List<DataColumn> columns, List<DataRow> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (DataRow row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("the row of " + row.id() + " in " + row.year() + " has "
                        + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The column names, in order. */
    public List<String> header() {
        return columns.stream().map(DataColumn::name).toList();
    }
}
