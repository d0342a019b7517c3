package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Every review compared with the others: the compare stage's result, which the site is rendered from.
 *
 * <p>Holds the status matrix, the counts per year, the comparison of every pair of reviews (each with its transition
 * table) and each assessment's change since the review before. Wording diffs are computed when asked for
 * ({@link #rewording}), one recommendation at a time, so that a large tracker never holds them all at once.
 */
public final class TrackerComparison {

    private final Tracker tracker;
    private final StatusMatrix matrix;
    private final List<YearCounts> countsPerYear;
    private final List<ReviewComparison> pairs;
    private final FollowupComparison followups;
    /** The assessment of the review before, by identity: no record comparisons per table row. */
    private final Map<Assessment, Assessment> previous = new IdentityHashMap<>();
    private final Map<Assessment, Recommendation> recommendationOf = new IdentityHashMap<>();

    private TrackerComparison(Tracker tracker) {
        this.tracker = tracker;
        this.matrix = Comparisons.matrix(tracker);
        this.countsPerYear = Comparisons.countsPerYear(tracker);
        this.followups = new FollowupComparison(tracker);
        List<Integer> years = tracker.years();
        List<int[]> yearPairs = new ArrayList<>();
        for (int from = 0; from < years.size(); from++) {
            for (int to = from + 1; to < years.size(); to++) {
                yearPairs.add(new int[] {years.get(from), years.get(to)});
            }
        }
        this.pairs = IntStream.range(0, yearPairs.size()).parallel()
                .mapToObj(i -> Comparisons.compare(tracker, yearPairs.get(i)[0], yearPairs.get(i)[1])).toList();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment before = null;
            for (Assessment assessment : recommendation.history()) {
                recommendationOf.put(assessment, recommendation);
                if (before != null) {
                    previous.put(assessment, before);
                }
                before = assessment;
            }
        }
    }

    /** Compares every review of the tracker with the others. */
    public static TrackerComparison of(Tracker tracker) {
        return new TrackerComparison(tracker);
    }

    /** The tracker compared. */
    public Tracker tracker() {
        return tracker;
    }

    /** Which recommendations are overdue, whose target dates moved, and the counts by response. */
    public FollowupComparison followups() {
        return followups;
    }

    /** Every recommendation against every review year. */
    public StatusMatrix matrix() {
        return matrix;
    }

    /** The number of recommendations per status in every review, oldest first. */
    public List<YearCounts> countsPerYear() {
        return countsPerYear;
    }

    /** The counts per status in every review of the recommendations that {@code members} keeps, oldest first. */
    public List<YearCounts> countsPerYear(Predicate<Recommendation> members) {
        List<YearCounts> perYear = new ArrayList<>();
        for (Review review : tracker.reviews()) {
            perYear.add(Comparisons.counts(review.year(), review.assessments().stream()
                    .filter(a -> members.test(recommendationOf.get(a))).toList(), tracker.vocabulary().statuses()));
        }
        return perYear;
    }

    /** Every pair of reviews compared, the earlier first: by earlier year, then by later year. */
    public List<ReviewComparison> pairs() {
        return pairs;
    }

    /** The comparison of two reviews, the earlier first. */
    public ReviewComparison pair(int fromYear, int toYear) {
        for (ReviewComparison pair : pairs) {
            if (pair.fromYear() == fromYear && pair.toYear() == toYear) {
                return pair;
            }
        }
        throw new IllegalArgumentException("no reviews " + fromYear + " and " + toYear);
    }

    /** The transition tables between each review and the next, oldest first. */
    public List<TransitionTable> consecutiveTransitions() {
        List<Integer> years = tracker.years();
        List<TransitionTable> tables = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            tables.add(pair(years.get(i - 1), years.get(i)).transitions());
        }
        return tables;
    }

    /** The recommendation an assessment belongs to. */
    public Recommendation recommendationOf(Assessment assessment) {
        return recommendationOf.get(assessment);
    }

    /** The same recommendation's assessment in the review before it, or {@code null} for its first. */
    public Assessment previous(Assessment assessment) {
        return previous.get(assessment);
    }

    /** How the assessment's status changed since the review before. */
    public Change change(Assessment assessment) {
        Assessment before = previous.get(assessment);
        return Comparisons.change(before == null ? null : before.status(), assessment.status());
    }

    /**
     * The assessment's wording compared word by word with the review before's, or {@code null} when it is the first
     * or its words did not change. Computed when asked for, not kept.
     */
    public WordingDiff rewording(Assessment assessment) {
        Assessment before = previous.get(assessment);
        if (before == null) {
            return null;
        }
        String was = before.wording().source();
        String now = assessment.wording().source();
        if (WordingDiff.sameWords(was, now)) {
            return null;
        }
        WordingDiff diff = WordingDiff.between(was, now);
        return diff.unchanged() ? null : diff;
    }
}
