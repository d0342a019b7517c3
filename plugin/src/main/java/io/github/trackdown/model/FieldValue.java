package io.github.trackdown.model;

import java.util.List;

/**
 * The value a recommendation file gives a declared {@link Field}, checked and normalised.
 *
 * <p>Dates are kept as written ({@code 2025-03} or {@code 2025-03-14}); a choice as the field's own spelling of the
 * value; yes-no as {@code yes} or {@code no}; a number, a link or a text stripped of surrounding white space.
 *
 * @param field the field
 * @param values the value; several only for a {@code list} field
 * @param markdown the value with where it was written, for a {@code markdown} field (its links are checked and
 *     converted); {@code null} for other types
 */
public record FieldValue(Field field, List<String> values, Markdown markdown) {

    public FieldValue {
        values = List.copyOf(values);
    }

    /** The value as one text: a list's values separated by {@code "; "}. */
    public String text() {
        return values.size() == 1 ? values.get(0) : String.join("; ", values);
    }
}
