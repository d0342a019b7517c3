package io.github.trackdown.model;

import java.util.List;

/**
 * One recommendation as one review saw it: its wording that year, its status and the review's comment.
 *
 * @param id the recommendation's id, the same in every review
 * @param year the year of the review
 * @param title the recommendation's short title that year
 * @param theme the theme it belongs to that year
 * @param status the review's assessment of progress
 * @param outcome what the review decided about the recommendation
 * @param owners the bodies the recommendation is addressed to, as written
 * @param wording the recommendation as worded that year
 * @param comment the review's progress comment; blank when there is none
 * @param fields the values of the fields the tracker declares, in the order of {@code tracker.yml}; a field the file
 *     leaves out has none
 */
public record Assessment(String id, int year, String title, Theme theme, Status status, Outcome outcome,
        List<String> owners, Markdown wording, Markdown comment, List<FieldValue> fields) {

    public Assessment {
        owners = List.copyOf(owners);
        fields = List.copyOf(fields);
    }

    /** An assessment of a tracker that declares no fields of its own. */
    public Assessment(String id, int year, String title, Theme theme, Status status, Outcome outcome,
            List<String> owners, Markdown wording, Markdown comment) {
        this(id, year, title, theme, status, outcome, owners, wording, comment, List.of());
    }

    /** The value this assessment gives a declared field, or {@code null} when it gives none. */
    public FieldValue valueOf(Field field) {
        for (FieldValue value : fields) {
            if (value.field().equals(field)) {
                return value;
            }
        }
        return null;
    }
}
