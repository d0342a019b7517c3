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
 * @param followup the addressee's response, the target date, the priority and the evidence; {@link Followup#NONE}
 *     by default
 * @param draft whether the file (or its review) is a draft ({@code draft: true}), shown only in the preview;
 *     defaults to {@code false}
 */
public record Assessment(String id, int year, String title, Theme theme, Status status, Outcome outcome,
        List<String> owners, Markdown wording, Markdown comment, List<FieldValue> fields, Followup followup,
        boolean draft) {

    public Assessment {
        owners = List.copyOf(owners);
        fields = List.copyOf(fields);
        java.util.Objects.requireNonNull(followup);
    }

    /** An assessment without a response, target date, priority or evidence, and not a draft. */
    public Assessment(String id, int year, String title, Theme theme, Status status, Outcome outcome,
            List<String> owners, Markdown wording, Markdown comment, List<FieldValue> fields) {
        this(id, year, title, theme, status, outcome, owners, wording, comment, fields, Followup.NONE, false);
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
