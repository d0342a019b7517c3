package io.github.trackdown.internal.content;

import io.github.trackdown.report.Position;

/**
 * A value read from YAML, with the place it was written; a scalar, a list or a map.
 *
 * <p>Trackdown keeps YAML as text: it never constructs objects from YAML tags, and the checks decide
 * what a value means (a date, a status, a list of owners).
 */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Sequence, YamlValue.Mapping {

    /** Where the value starts. */
    Position position();

    /** A word for the kind of value, for messages: "a text", "a list", "a map". */
    String kind();

    /**
     * A single value, as written, without quotes.
     *
     * @param text the text; empty for an empty value
     * @param position where it starts
     */
    record Scalar(String text, Position position) implements YamlValue {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    /**
     * A list of values.
     *
     * @param items the items in order
     * @param position where the list starts
     */
    record Sequence(java.util.List<YamlValue> items, Position position) implements YamlValue {
        public Sequence {
            items = java.util.List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A map from keys to values, in the order written.
     *
     * @param entries the entries in order; keys are unique
     * @param position where the map starts
     */
    record Mapping(java.util.List<Entry> entries, Position position) implements YamlValue {
        public Mapping {
            entries = java.util.List.copyOf(entries);
        }

        /** The entry with the given key, or {@code null}. */
        public Entry get(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }

        @Override
        public String kind() {
            return "a group of keys";
        }
    }

    /**
     * One {@code key: value} pair of a map.
     *
     * @param key the key
     * @param position where the key is written
     * @param value the value
     */
    record Entry(String key, Position position, YamlValue value) {
    }
}
