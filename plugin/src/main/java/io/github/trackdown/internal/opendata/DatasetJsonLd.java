package io.github.trackdown.internal.opendata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The data set described for search engines and data catalogues: a schema.org {@code Dataset} in JSON-LD, with its
 * name, description, publisher, licence, date of last change and one {@code DataDownload} per file.
 *
 * <p>The data page places it in a {@code <script type="application/ld+json">} element. Every {@code <} is written
 * {@code \u003c}, so no text of the tracker can close that element early.
 */
public final class DatasetJsonLd {

    private static final JsonFactory JSON = new JsonFactory();

    private DatasetJsonLd() {
    }

    /**
     * The JSON-LD text.
     *
     * @param dataFolder the path from the page that holds it to the data files ({@code data/}); used when the
     *     site's address is unknown, otherwise the addresses are absolute
     */
    public static String of(DatasetInfo info, String dataFolder) {
        String base = info.siteUrl().isEmpty() ? dataFolder : info.siteUrl() + "data/";
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeStringField("@type", "Dataset");
            json.writeStringField("name", info.title());
            json.writeStringField("description", info.description().isEmpty() ? info.title()
                    : info.description());
            if (!info.siteUrl().isEmpty()) {
                json.writeStringField("url", info.siteUrl() + "data.html");
            }
            json.writeStringField("inLanguage", info.language());
            if (!info.publisher().isEmpty()) {
                json.writeObjectFieldStart("publisher");
                json.writeStringField("@type", "Organization");
                json.writeStringField("name", info.publisher());
                json.writeEndObject();
            }
            if (info.licence() != null) {
                json.writeStringField("license", info.licence().url());
                json.writeStringField("copyrightNotice", info.licence().copyright());
            }
            json.writeStringField("dateModified", info.lastUpdated().toString());
            json.writeBooleanField("isAccessibleForFree", true);
            json.writeArrayFieldStart("distribution");
            download(json, DatasetInfo.CSV, "text/csv", base);
            download(json, DatasetInfo.CSV_METADATA, "application/csvm+json", base);
            download(json, DatasetInfo.ODS, "application/vnd.oasis.opendocument.spreadsheet", base);
            download(json, DatasetInfo.JSON, "application/json", base);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace("<", "\\u003c");
    }

    private static void download(JsonGenerator json, String file, String format, String base) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", "DataDownload");
        json.writeStringField("name", file);
        json.writeStringField("encodingFormat", format);
        json.writeStringField("contentUrl", base + file);
        json.writeEndObject();
    }
}
