package io.github.trackdown.internal.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes long text fields to a Jackson generator, escaped as its {@code writeString} escapes them
 * ({@link JsonRows.Escaper}) but from the text's Latin-1 bytes, and handed to it whole: Jackson reads a string a
 * {@code charAt} at a time, slow with the shipped JVM settings. The same text written twice in a row (a wording kept
 * from one review to the next) is escaped once. For one generator, on one thread.
 */
public final class JsonStrings {

    private final JsonRows.Escaper escaper = new JsonRows.Escaper();
    private String last;
    private byte[] lastEscaped;

    /** Writes a field, as {@code json.writeStringField(name, text)} does. */
    public void writeField(JsonGenerator json, String name, String text) throws IOException {
        if (text != last) {
            escaper.escape(text);
            last = text;
            lastEscaped = escaper.take();
        }
        json.writeFieldName(name);
        json.writeRawUTF8String(lastEscaped, 0, lastEscaped.length);
    }
}
