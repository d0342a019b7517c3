package io.github.trackdown.internal.compare;

import java.util.List;

/**
 * Every recommendation against every review year, with its status and the change since the review before.
 *
 * @param years the review years, oldest first
 * @param rows one per recommendation, in natural id order
 */
public record StatusMatrix(List<Integer> years, List<MatrixRow> rows) {

    public StatusMatrix {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }
}
