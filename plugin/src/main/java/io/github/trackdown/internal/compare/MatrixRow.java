package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Recommendation;
import java.util.List;

/**
 * One recommendation across every review year.
 *
 * @param recommendation the recommendation
 * @param cells one per review year, oldest first
 */
public record MatrixRow(Recommendation recommendation, List<MatrixCell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
