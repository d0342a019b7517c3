package io.github.trackdown.internal.opendata;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The CSV file's metadata, {@value DatasetInfo#CSV_METADATA}, in the W3C <em>Metadata Vocabulary for Tabular
 * Data</em> (CSVW): the file it describes, its dialect, every column's name, title, datatype and description in
 * order, its primary key, and the data set's title, publisher, licence and date of last change (Dublin Core terms).
 *
 * <p>A CSVW processor finds it beside the CSV file by its name ({@code <name>.csv-metadata.json}).
 */
public final class CsvwMetadata {

    private static final JsonFactory JSON = new JsonFactory();

    private CsvwMetadata() {
    }

    /** Writes the metadata of a table's CSV file as UTF-8 JSON, always in the same order. */
    public static void write(DatasetInfo info, List<DataColumn> columns, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("@context", "http://www.w3.org/ns/csvw");
            json.writeStringField("url", DatasetInfo.CSV);
            json.writeStringField("dc:title", info.title());
            if (!info.description().isEmpty()) {
                json.writeStringField("dc:description", info.description());
            }
            if (!info.publisher().isEmpty()) {
                json.writeStringField("dc:publisher", info.publisher());
            }
            json.writeStringField("dc:language", info.language());
            json.writeObjectFieldStart("dc:modified");
            json.writeStringField("@value", info.lastUpdated().toString());
            json.writeStringField("@type", "xsd:date");
            json.writeEndObject();
            if (info.licence() != null) {
                json.writeObjectFieldStart("dc:license");
                json.writeStringField("@id", info.licence().url());
                json.writeEndObject();
                json.writeStringField("dc:rights", info.licence().copyright() + ". " + info.licence().name() + ".");
            }
            json.writeObjectFieldStart("dialect");
            json.writeStringField("encoding", "utf-8");
            json.writeBooleanField("header", true);
            json.writeArrayFieldStart("lineTerminators");
            json.writeString("\r\n");
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("tableSchema");
            json.writeArrayFieldStart("columns");
            for (DataColumn column : columns) {
                json.writeStartObject();
                json.writeStringField("name", column.name());
                json.writeStringField("titles", column.name());
                json.writeStringField("datatype", column.datatype());
                json.writeBooleanField("required", List.of("id", "year", "published").contains(column.name()));
                json.writeStringField("dc:description", column.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("primaryKey");
            json.writeString("id");
            json.writeString("year");
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
    }
}
