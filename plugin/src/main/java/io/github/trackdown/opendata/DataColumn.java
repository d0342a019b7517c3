package io.github.trackdown.opendata;

import java.util.List;

/**
 * One column of the open data table, in the order every form of the table has.
 *
 * @param name the column's name, the CSV header and the CSVW {@code name}
 * @param datatype the column's CSVW datatype: {@code string}, {@code integer}, {@code date} or {@code anyURI}
 */
public record DataColumn(String name, String datatype) {

    /** Every column, in order. The order is part of the published format: new columns are only ever added last. */
    public static final List<DataColumn> ALL = List.of(
            new DataColumn("id", "string"),
            new DataColumn("year", "integer"),
            new DataColumn("published", "date"),
            new DataColumn("review_title", "string"),
            new DataColumn("title", "string"),
            new DataColumn("theme", "string"),
            new DataColumn("owners", "string"),
            new DataColumn("status", "string"),
            new DataColumn("outcome", "string"),
            new DataColumn("wording", "string"),
            new DataColumn("comment", "string"),
            new DataColumn("url", "anyURI"));

    /** The key of the column's description in the message bundles: {@code data.col.NAME}. */
    public String messageKey() {
        return "data.col." + name;
    }
}
