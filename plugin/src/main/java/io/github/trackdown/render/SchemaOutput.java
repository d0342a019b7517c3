package io.github.trackdown.render;

import java.util.List;
import java.util.function.Supplier;

/** {@code data/tracker.schema.json}: the JSON Schema of {@link JsonOutput}'s file, with the tracker's own fields. */
final class SchemaOutput implements Output {

    static final String PATH = "data/tracker.schema.json";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> new OutputFile(PATH, DataExports.schema(site.tracker)));
    }
}
