/**
 * The tracker as open data, in the forms UK government guidance on publishing tables asks for: a CSV file with one
 * row per recommendation per review ({@link CsvTable}), its CSVW metadata ({@link CsvwMetadata}), the same rows as
 * an OpenDocument spreadsheet ({@link OdsWorkbook}), and a schema.org {@code Dataset} description for the data page
 * ({@link DatasetJsonLd}). Every form is built from the same {@link DataRow}s, so they always agree.
 */
package io.github.trackdown.internal.opendata;
