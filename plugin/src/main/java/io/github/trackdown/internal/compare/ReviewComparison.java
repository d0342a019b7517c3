package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Recommendation;
import java.util.List;

/**
 * What changed between any two reviews: which recommendations improved, worsened, were reworded, dropped or added.
 *
 * @param fromYear the earlier review
 * @param toYear the later review
 * @param improved in both, with a better step of progress in the later one
 * @param worsened in both, with a worse step of progress in the later one
 * @param firstAssessed not yet assessed in the earlier review, assessed in the later one
 * @param closed closed in the later review
 * @param unchanged in both, with the same status
 * @param reworded in both, with different wording in the later one
 * @param dropped in the earlier review only (removed or closed on the way)
 * @param added in the later review only
 * @param transitions the counts from each status to each status
 */
public record ReviewComparison(int fromYear, int toYear, List<Recommendation> improved, List<Recommendation> worsened,
        List<Recommendation> firstAssessed, List<Recommendation> closed, List<Recommendation> unchanged,
        List<Recommendation> reworded, List<Recommendation> dropped, List<Recommendation> added,
        TransitionTable transitions) {

    public ReviewComparison {
        improved = List.copyOf(improved);
        worsened = List.copyOf(worsened);
        firstAssessed = List.copyOf(firstAssessed);
        closed = List.copyOf(closed);
        unchanged = List.copyOf(unchanged);
        reworded = List.copyOf(reworded);
        dropped = List.copyOf(dropped);
        added = List.copyOf(added);
    }
}
