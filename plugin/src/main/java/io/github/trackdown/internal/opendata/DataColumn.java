package io.github.trackdown.internal.opendata;

import java.util.List;
import java.util.function.Function;

/**
 * One column of the open data table.
 *
 * @param name the column's name: the CSV header, the CSVW {@code name} and {@code titles}
 * @param datatype the column's CSVW datatype, such as {@code string}, {@code integer}, {@code date} or
 *     {@code anyURI}
 * @param description what the column holds, in the tracker's language
 */
public record DataColumn(String name, String datatype, String description) {

    /**
     * The names and datatypes of the columns every tracker has, in order. The order is part of the published
     * format: columns are only ever added after these.
     */
    public static final List<List<String>> BUILT_IN = List.of(
            List.of("id", "string"),
            List.of("year", "integer"),
            List.of("published", "date"),
            List.of("review_title", "string"),
            List.of("title", "string"),
            List.of("theme", "string"),
            List.of("owners", "string"),
            List.of("status", "string"),
            List.of("outcome", "string"),
            List.of("wording", "string"),
            List.of("comment", "string"),
            List.of("url", "anyURI"));

    /**
     * The built-in columns, each described by the message {@code data.col.NAME}.
     *
     * @param words the interface's words in the tracker's language, by message key
     */
    public static List<DataColumn> builtIn(Function<String, String> words) {
        return BUILT_IN.stream().map(c -> new DataColumn(c.get(0), c.get(1), words.apply("data.col." + c.get(0))))
                .toList();
    }

    /** Whether the column holds numbers: whole ones ({@code integer}, such as the year) or any ({@code number}). */
    public boolean holdsNumbers() {
        return datatype.equals("integer") || datatype.equals("number");
    }
}
