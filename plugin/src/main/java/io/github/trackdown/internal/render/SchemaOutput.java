package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.Tracker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code data/tracker.schema.json}: the JSON Schema of {@link JsonOutput}'s file. The built-in schema
 * ({@value #RESOURCE}), with a property in each history entry for each of the tracker's own fields.
 */
final class SchemaOutput implements Output {

    static final String PATH = "data/tracker.schema.json";
    /** Where the built-in schema is on the class path. */
    static final String RESOURCE = "/io/github/trackdown/data/tracker.schema.json";

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> new OutputFile(PATH, schema(site.tracker)));
    }

    /**
     * The JSON Schema of {@code tracker.json}: the built-in one, with a property for each of the tracker's own
     * fields in each history entry (required when the field is).
     */
    static byte[] schema(Tracker tracker) {
        byte[] builtIn = AssetsOutput.resource(RESOURCE);
        if (tracker.vocabulary().fields().isEmpty()) {
            return builtIn;
        }
        String schema = new String(builtIn, StandardCharsets.UTF_8);
        StringBuilder properties = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (Field field : tracker.vocabulary().fields()) {
            properties.append(",\n                ").append(quoted(field.name())).append(": ")
                    .append(propertySchema(field));
            if (field.required()) {
                required.append(", ").append(quoted(field.name()));
            }
        }
        return insertAfter(insertAfter(schema, HISTORY_LAST_PROPERTY, properties.toString()),
                HISTORY_REQUIRED, required.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The last property of a history entry in the built-in schema, after which declared fields go. */
    private static final String HISTORY_LAST_PROPERTY = "\"url\": {\"type\": \"string\"}";
    /** The list of a history entry's required properties in the built-in schema, without its closing bracket. */
    private static final String HISTORY_REQUIRED = "\"comment\", \"url\"";

    private static String insertAfter(String text, String anchor, String insert) {
        int at = text.lastIndexOf(anchor);
        if (at < 0) {
            throw new IllegalStateException("the built-in schema has no " + anchor);
        }
        at += anchor.length();
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static String propertySchema(Field field) {
        String description = ", \"description\": " + quoted(field.label()) + "}";
        return switch (field.type()) {
            case TEXT, LINK -> "{\"type\": \"string\", \"minLength\": 1" + description;
            case MARKDOWN -> "{\"type\": \"string\"" + description;
            case CHOICE -> "{\"enum\": [" + String.join(", ", field.values().stream().map(v -> quoted(v.name()))
                    .toList()) + "]" + description;
            case DATE -> "{\"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$\"" + description;
            case NUMBER -> "{\"type\": \"number\"" + description;
            case YES_NO -> "{\"type\": \"boolean\"" + description;
            case LIST -> "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"minLength\": 1}" + description;
        };
    }

    /** A text as a JSON string. */
    private static String quoted(String text) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
