package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys of one YAML map as typed values, reporting every missing, misspelt or malformed key.
 *
 * <p>Created with the keys the map may have; any other key is reported, with the closest allowed key.
 */
final class Fields {

    private final YamlValue.Mapping map;
    private final Problems problems;
    private final java.util.Set<String> explained = new java.util.HashSet<>();

    private Fields(YamlValue.Mapping map, Problems problems) {
        this.map = map;
        this.problems = problems;
    }

    /**
     * Starts reading a value that must be a map of the given keys.
     *
     * @param what what the map describes, for messages ("the front matter", "a status")
     * @return the reader, or {@code null} when the value is not a map (reported)
     */
    static Fields of(YamlValue value, String what, List<String> allowedKeys, Problems problems) {
        if (!(value instanceof YamlValue.Mapping map)) {
            problems.error(value.position(), what + " must be `key: value` lines, such as `title: Funding`, not "
                    + value.kind());
            return null;
        }
        Fields fields = new Fields(map, problems);
        for (YamlValue.Entry entry : map.entries()) {
            if (!allowedKeys.contains(entry.key())) {
                String meant = Suggestions.closest(entry.key(), allowedKeys);
                if (meant != null && map.get(meant) == null) {
                    fields.explained.add(meant);
                }
                problems.error(entry.position(), "unknown key `" + entry.key() + "`"
                        + (meant == null ? "" : "; did you mean `" + meant + "`?")
                        + " (allowed here: " + String.join(", ", allowedKeys) + ")");
            }
        }
        return fields;
    }

    /** The entry of a key, or {@code null} when it is not written. */
    YamlValue.Entry entry(String key) {
        return map.get(key);
    }

    /** Whether the key is written. */
    boolean has(String key) {
        return map.get(key) != null;
    }

    /** Where the map starts. */
    Position position() {
        return map.position();
    }

    /** Where the key is written, or the map's start when it is missing. */
    Position positionOf(String key) {
        YamlValue.Entry entry = map.get(key);
        return entry == null ? map.position() : entry.position();
    }

    /** Where the key's value is written, or the map's start when it is missing. */
    Position valuePositionOf(String key) {
        YamlValue.Entry entry = map.get(key);
        return entry == null ? map.position() : entry.value().position();
    }

    /** A text value that must be present and not empty; {@code null} when it is not (reported). */
    String requiredText(String key, String explanation) {
        YamlValue.Entry entry = map.get(key);
        if (entry == null) {
            missing(key, explanation);
            return null;
        }
        String text = text(entry);
        if (text != null && text.isBlank()) {
            problems.error(entry.position(), "`" + key + ":` is empty; " + explanation);
            return null;
        }
        return text;
    }

    /** A text value that may be left out; empty when it is. */
    String optionalText(String key) {
        YamlValue.Entry entry = map.get(key);
        if (entry == null) {
            return "";
        }
        String text = text(entry);
        return text == null ? "" : text.strip();
    }

    /** A value given as one text or a list of texts; {@code null} when missing or malformed (reported). */
    List<String> requiredTextList(String key, String explanation) {
        YamlValue.Entry entry = map.get(key);
        if (entry == null) {
            missing(key, explanation);
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            if (!scalar.text().isBlank()) {
                texts.add(scalar.text().strip());
            }
        } else if (entry.value() instanceof YamlValue.Sequence sequence) {
            for (YamlValue item : sequence.items()) {
                if (item instanceof YamlValue.Scalar scalar && !scalar.text().isBlank()) {
                    texts.add(scalar.text().strip());
                } else if (!(item instanceof YamlValue.Scalar)) {
                    problems.error(item.position(), "each item of `" + key + ":` must be a single name, not "
                            + item.kind());
                }
            }
        } else {
            problems.error(entry.value().position(), "`" + key + ":` must be a list of names, one per"
                    + " line starting with `- `");
            return null;
        }
        if (texts.isEmpty()) {
            problems.error(entry.position(), "`" + key + ":` is empty; " + explanation);
            return null;
        }
        return texts;
    }

    /** The list under a key, as YAML values; {@code null} when missing or not a list (reported). */
    List<YamlValue> requiredList(String key, String explanation) {
        YamlValue.Entry entry = map.get(key);
        if (entry == null) {
            missing(key, explanation);
            return null;
        }
        if (!(entry.value() instanceof YamlValue.Sequence sequence) || sequence.items().isEmpty()) {
            problems.error(entry.position(), "`" + key + ":` must be a list with at least one item,"
                    + " one per line starting with `- `; " + explanation);
            return null;
        }
        return sequence.items();
    }

    private void missing(String key, String explanation) {
        if (!explained.contains(key)) {
            problems.error(map.position(), "`" + key + ":` is missing; " + explanation);
        }
    }

    private String text(YamlValue.Entry entry) {
        if (entry.value() instanceof YamlValue.Scalar scalar) {
            return scalar.text();
        }
        problems.error(entry.value().position(), "`" + entry.key() + ":` must be a single value, not "
                + entry.value().kind());
        return null;
    }
}
