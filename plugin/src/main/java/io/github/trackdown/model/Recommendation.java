package io.github.trackdown.model;

import java.util.List;

/**
 * A recommendation followed across reviews, identified by the id it keeps from year to year.
 *
 * @param id the id editors give it, such as {@code R3}
 * @param slug the id in lower case, used for its page
 * @param history its assessment in every review it appears in, oldest first; never empty
 */
public record Recommendation(String id, String slug, List<Assessment> history) {

    public Recommendation {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a recommendation appears in at least one review: " + id);
        }
    }

    /** The assessment in the most recent review the recommendation appears in. */
    public Assessment latest() {
        return history.get(history.size() - 1);
    }

    /** The assessment in the given review year, or {@code null} when it does not appear in it. */
    public Assessment in(int year) {
        for (Assessment assessment : history) {
            if (assessment.year() == year) {
                return assessment;
            }
        }
        return null;
    }
}
