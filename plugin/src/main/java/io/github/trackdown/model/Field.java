package io.github.trackdown.model;

import java.util.List;
import java.util.Objects;

/**
 * A front-matter field a tracker declares for its recommendations in {@code tracker.yml}'s {@code fields:}, beside
 * the built-in ones ({@link FrontMatterField}).
 *
 * <pre>{@code
 * fields:
 *   - name: impact
 *     label: Expected impact
 *     type: choice
 *     values: [High, Medium, Low]
 * }</pre>
 *
 * @param name the front-matter key: lower-case letters, digits and {@code -}; also its CSV column and JSON property
 * @param label the field's name as readers see it, on pages and as the CSV column's description
 * @param welshLabel the label in Welsh ({@code label_cy}), used when the tracker's language is {@code cy}; empty
 *     when not given (then {@code label} is used)
 * @param type what kind of value it holds
 * @param required whether every recommendation file must give it; defaults to {@code false}
 * @param values the allowed values of a {@code choice} field, in order; empty for other types
 * @param carry whether {@code new-review} copies the value into the next review's files; defaults to {@code true}
 */
public record Field(String name, String label, String welshLabel, FieldType type, boolean required,
        List<Choice> values, boolean carry) {

    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        values = List.copyOf(values);
    }

    /** The label in the given language: the Welsh one for {@code cy} when given, otherwise {@code label}. */
    public String labelIn(String language) {
        return language.startsWith("cy") && !welshLabel.isEmpty() ? welshLabel : label;
    }

    /**
     * One allowed value of a {@code choice} field.
     *
     * @param name the value as editors write it and readers see it
     * @param meaning what it means; empty when not given
     */
    public record Choice(String name, String meaning) {
    }
}
