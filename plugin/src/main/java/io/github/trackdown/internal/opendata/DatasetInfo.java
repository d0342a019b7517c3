package io.github.trackdown.internal.opendata;

import io.github.trackdown.model.Publication.Licence;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * What every data file says about the data set as a whole.
 *
 * @param title the tracker's title
 * @param description what the tracker follows; empty when not given
 * @param publisher the body that publishes it; empty when not given
 * @param language the content's language tag
 * @param licence the licence the data is published under; {@code null} when the tracker names none
 * @param lastUpdated when the content last changed (never the build's clock)
 * @param siteUrl the site's address ending in {@code /}, or empty when unknown: addresses are then relative to the
 *     site's root
 * @param words the interface's words in the tracker's language, by message key (such as {@code data.col.id})
 */
public record DatasetInfo(String title, String description, String publisher, String language, Licence licence,
        LocalDate lastUpdated, String siteUrl, Function<String, String> words) {

    /** The file names of the data set, relative to the site's {@code data/} folder. */
    public static final String CSV = "recommendations.csv";
    /** The CSVW metadata of {@link #CSV}. */
    public static final String CSV_METADATA = "recommendations.csv-metadata.json";
    /** The spreadsheet. */
    public static final String ODS = "recommendations.ods";
    /** The whole tracker as JSON. */
    public static final String JSON = "tracker.json";
    /** The JSON Schema of {@link #JSON}. */
    public static final String JSON_SCHEMA = "tracker.schema.json";
}
