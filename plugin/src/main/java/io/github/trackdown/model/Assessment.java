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
 */
public record Assessment(String id, int year, String title, Theme theme, Status status, Outcome outcome,
        List<String> owners, Markdown wording, Markdown comment) {

    public Assessment {
        owners = List.copyOf(owners);
    }
}
