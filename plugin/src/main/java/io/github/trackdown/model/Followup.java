package io.github.trackdown.model;

import java.util.List;

/**
 * What a recommendation file says beside the review's assessment: the addressee's response, the target date, the
 * priority and the evidence log. Every part is optional; {@link #NONE} has none of them.
 *
 * @param response the addressee's response ({@code response:}); {@code null} when not given
 * @param responseText the response's own words, the body's {@code ## Response} section; blank when none
 * @param due the target date ({@code due:}); {@code null} when not given
 * @param priority whether it is a priority recommendation ({@code priority: true}); defaults to {@code false}
 * @param evidence the evidence this review's file lists ({@code evidence:}), in the order written; empty by default
 */
public record Followup(Response response, Markdown responseText, DueDate due, boolean priority,
        List<Evidence> evidence) {

    /** No response, target date, priority or evidence. */
    public static final Followup NONE = new Followup(null, new Markdown("", "", 1), null, false, List.of());

    public Followup {
        evidence = List.copyOf(evidence);
    }
}
