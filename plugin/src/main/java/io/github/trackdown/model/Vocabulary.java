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
 * @param responses the responses an addressee may give ({@code responses:}), in the order of {@code tracker.yml};
 *     empty by default (then no file may give {@code response:})
 */
public record Vocabulary(List<Status> statuses, List<Outcome> outcomes, List<Theme> themes, List<Field> fields,
        List<Response> responses) {

    public Vocabulary {
        statuses = List.copyOf(statuses);
        outcomes = List.copyOf(outcomes);
        themes = List.copyOf(themes);
        fields = List.copyOf(fields);
        responses = List.copyOf(responses);
    }

    /** A vocabulary without responses. */
    public Vocabulary(List<Status> statuses, List<Outcome> outcomes, List<Theme> themes, List<Field> fields) {
        this(statuses, outcomes, themes, fields, List.of());
    }

    /** The best status: the last step of the progress scale. */
    public Status best() {
        Status best = null;
        for (Status status : statuses) {
            if (status.onScale()) {
                best = status;
            }
        }
        return best;
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
