package io.github.trackdown.model;

import java.util.List;

/**
 * The words a tracker allows: its statuses from worst to best, its outcomes and its themes.
 *
 * @param statuses every status, in the order of {@code tracker.yml} (worst first)
 * @param outcomes every outcome, in the order of {@code tracker.yml}
 * @param themes every theme, in the order of {@code tracker.yml}
 * @param fields the front-matter fields the tracker declares beside the built-in ones, in the order of
 *     {@code tracker.yml}; empty by default
 */
public record Vocabulary(List<Status> statuses, List<Outcome> outcomes, List<Theme> themes, List<Field> fields) {

    public Vocabulary {
        statuses = List.copyOf(statuses);
        outcomes = List.copyOf(outcomes);
        themes = List.copyOf(themes);
        fields = List.copyOf(fields);
    }

    /** A vocabulary without fields of the tracker's own. */
    public Vocabulary(List<Status> statuses, List<Outcome> outcomes, List<Theme> themes) {
        this(statuses, outcomes, themes, List.of());
    }

    /** Every key a recommendation's front matter may have: the built-in ones, then the declared ones. */
    public List<String> frontMatterKeys() {
        List<String> keys = new java.util.ArrayList<>(FrontMatterField.keys());
        fields.forEach(field -> keys.add(field.name()));
        return List.copyOf(keys);
    }
}
