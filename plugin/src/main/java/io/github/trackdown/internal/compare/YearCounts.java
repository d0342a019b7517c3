package io.github.trackdown.internal.compare;

import java.util.List;

/**
 * The number of recommendations per status in one review.
 *
 * @param year the review year
 * @param counts one per status of the vocabulary, in vocabulary order, zeros included
 * @param total how many recommendations the review assessed
 */
public record YearCounts(int year, List<StatusCount> counts, int total) {

    public YearCounts {
        counts = List.copyOf(counts);
    }

    /** The count for the status with the given name, 0 when there is none. */
    public int countOf(String statusName) {
        return counts.stream().filter(c -> c.status().name().equals(statusName)).mapToInt(StatusCount::count)
                .findFirst().orElse(0);
    }
}
