package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one review decided and changed, to be told first on the home and review pages: how many recommendations
 * got each outcome, and what changed since the review before (renamed, removed, moved between statuses).
 *
 * @param year the review
 * @param previousYear the review before it; 0 for the first review, which changes nothing
 * @param outcomes each outcome given in this review with the recommendations that got it, in the vocabulary's
 *     order; outcomes that no recommendation got are left out
 * @param renamed the recommendations whose title differs from the review before
 * @param removed the recommendations this review removed (an outcome that {@linkplain Outcome#removes() removes})
 * @param moves the recommendations whose status differs from the review before, grouped by the two statuses, in
 *     the vocabulary's order of the earlier status, then the later
 */
public record ReviewChanges(int year, int previousYear, List<OutcomeGroup> outcomes, List<Renamed> renamed,
        List<Recommendation> removed, List<Move> moves) {

    public ReviewChanges {
        outcomes = List.copyOf(outcomes);
        renamed = List.copyOf(renamed);
        removed = List.copyOf(removed);
        moves = List.copyOf(moves);
    }

    /**
     * One outcome and the recommendations that got it.
     *
     * @param outcome the outcome
     * @param recommendations those that got it, in id order; never empty
     */
    public record OutcomeGroup(Outcome outcome, List<Recommendation> recommendations) {

        public OutcomeGroup {
            recommendations = List.copyOf(recommendations);
        }
    }

    /**
     * A recommendation given a new title.
     *
     * @param recommendation the recommendation
     * @param before its title in the review before
     * @param after its title in this review
     */
    public record Renamed(Recommendation recommendation, String before, String after) {
    }

    /**
     * Recommendations that moved from one status to another.
     *
     * @param from the status in the review before
     * @param to the status in this review
     * @param recommendations those that moved so, in id order; never empty
     */
    public record Move(Status from, Status to, List<Recommendation> recommendations) {

        public Move {
            recommendations = List.copyOf(recommendations);
        }
    }

    /** Whether anything changed since the review before: a title, a removal or a status. */
    public boolean anyChange() {
        return !renamed.isEmpty() || !removed.isEmpty() || !moves.isEmpty();
    }

    /** What the review of {@code year} decided and changed since the review before it. */
    public static ReviewChanges of(Tracker tracker, int year) {
        List<Integer> years = tracker.years();
        int index = years.indexOf(year);
        if (index < 0) {
            throw new IllegalArgumentException("no review of " + year);
        }
        int previous = index == 0 ? 0 : years.get(index - 1);
        Review review = tracker.reviews().get(index);
        Map<Outcome, List<Recommendation>> byOutcome = new LinkedHashMap<>();
        tracker.vocabulary().outcomes().forEach(outcome -> byOutcome.put(outcome, new ArrayList<>()));
        // Moves keyed by (from, to) in vocabulary order, made only for the moves that happened: a vocabulary of
        // many statuses costs no more than one of a few.
        List<Status> statuses = tracker.vocabulary().statuses();
        Map<Status, Integer> order = new HashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            order.put(statuses.get(i), i);
        }
        Map<Long, List<Recommendation>> byMove = new TreeMap<>();
        List<Renamed> renamed = new ArrayList<>();
        List<Recommendation> removed = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment now = recommendation.in(year);
            if (now == null) {
                continue;
            }
            byOutcome.get(now.outcome()).add(recommendation);
            if (now.outcome().removes()) {
                removed.add(recommendation);
            }
            Assessment before = previous == 0 ? null : recommendation.in(previous);
            if (before == null) {
                continue;
            }
            if (!before.title().equals(now.title())) {
                renamed.add(new Renamed(recommendation, before.title(), now.title()));
            }
            if (!before.status().equals(now.status())) {
                long key = (long) order.get(before.status()) * statuses.size() + order.get(now.status());
                byMove.computeIfAbsent(key, k -> new ArrayList<>()).add(recommendation);
            }
        }
        List<OutcomeGroup> outcomes = new ArrayList<>();
        byOutcome.forEach((outcome, recommendations) -> {
            if (!recommendations.isEmpty()) {
                outcomes.add(new OutcomeGroup(outcome, recommendations));
            }
        });
        List<Move> moves = new ArrayList<>();
        byMove.forEach((key, recommendations) -> moves.add(new Move(statuses.get((int) (key / statuses.size())),
                statuses.get((int) (key % statuses.size())), recommendations)));
        return new ReviewChanges(review.year(), previous, outcomes, renamed, removed, moves);
    }
}
