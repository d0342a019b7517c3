package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.List;

/** Computes the views across review years: the status matrix, the counts per year, the change markers. */
public final class Comparisons {

    private Comparisons() {
    }

    /** How a status moved from one review to the next; {@code before} is {@code null} for a new one. */
    public static Change change(Status before, Status now) {
        if (before == null) {
            return Change.NEW;
        }
        if (now.kind() == StatusKind.CLOSED) {
            return before.kind() == StatusKind.CLOSED ? Change.UNCHANGED : Change.CLOSED;
        }
        if (before.kind() == StatusKind.CLOSED) {
            return Change.REOPENED;
        }
        if (now.kind() == StatusKind.UNASSESSED) {
            return before.kind() == StatusKind.UNASSESSED ? Change.UNCHANGED : Change.NOT_ASSESSED;
        }
        if (before.kind() == StatusKind.UNASSESSED) {
            return Change.FIRST_ASSESSED;
        }
        int byRank = Integer.compare(now.rank(), before.rank());
        return byRank > 0 ? Change.IMPROVED : byRank < 0 ? Change.WORSENED : Change.UNCHANGED;
    }

    /** The matrix of every recommendation against every review year. */
    public static StatusMatrix matrix(Tracker tracker) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            rows.add(row(recommendation, tracker.years()));
        }
        return new StatusMatrix(tracker.years(), rows);
    }

    /** One recommendation's row across the given review years. */
    public static MatrixRow row(Recommendation recommendation, List<Integer> years) {
        List<MatrixCell> cells = new ArrayList<>();
        Assessment previous = null;
        boolean ended = false;
        for (int year : years) {
            Assessment assessment = recommendation.in(year);
            if (assessment == null) {
                cells.add(new MatrixCell(year, null, null, ended));
                continue;
            }
            Change change = change(previous == null ? null : previous.status(), assessment.status());
            cells.add(new MatrixCell(year, assessment, change, false));
            previous = assessment;
            ended = assessment.outcome().removes() || assessment.status().kind() == StatusKind.CLOSED;
        }
        return new MatrixRow(recommendation, cells);
    }

    /** The number of recommendations per status in every review, oldest first. */
    public static List<YearCounts> countsPerYear(Tracker tracker) {
        List<YearCounts> result = new ArrayList<>();
        for (Review review : tracker.reviews()) {
            result.add(counts(review.year(), review.assessments(), tracker.vocabulary().statuses()));
        }
        return result;
    }

    /** The number of the given assessments per status, zeros included, in vocabulary order. */
    public static YearCounts counts(int year, List<Assessment> assessments, List<Status> statuses) {
        int total = assessments.size();
        List<Integer> numbers = new ArrayList<>();
        for (Status status : statuses) {
            numbers.add((int) assessments.stream().filter(a -> a.status().equals(status)).count());
        }
        List<Integer> percents = Percentages.of(numbers);
        List<StatusCount> counts = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            counts.add(new StatusCount(statuses.get(i), numbers.get(i), percents.get(i)));
        }
        return new YearCounts(year, counts, total);
    }

    /** Compares two reviews, the earlier first. */
    public static ReviewComparison compare(Tracker tracker, int fromYear, int toYear) {
        List<Recommendation> improved = new ArrayList<>();
        List<Recommendation> worsened = new ArrayList<>();
        List<Recommendation> firstAssessed = new ArrayList<>();
        List<Recommendation> closed = new ArrayList<>();
        List<Recommendation> unchanged = new ArrayList<>();
        List<Recommendation> reworded = new ArrayList<>();
        List<Recommendation> dropped = new ArrayList<>();
        List<Recommendation> added = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment before = recommendation.in(fromYear);
            Assessment after = recommendation.in(toYear);
            if (before == null && after == null) {
                continue;
            }
            if (before == null) {
                added.add(recommendation);
                continue;
            }
            if (after == null) {
                dropped.add(recommendation);
                continue;
            }
            switch (change(before.status(), after.status())) {
                case IMPROVED, REOPENED -> improved.add(recommendation);
                case WORSENED, NOT_ASSESSED -> worsened.add(recommendation);
                case FIRST_ASSESSED -> firstAssessed.add(recommendation);
                case CLOSED -> closed.add(recommendation);
                default -> unchanged.add(recommendation);
            }
            if (!WordingDiff.sameWords(before.wording().source(), after.wording().source())) {
                reworded.add(recommendation);
            }
        }
        return new ReviewComparison(fromYear, toYear, improved, worsened, firstAssessed, closed, unchanged, reworded,
                dropped, added, transitions(tracker, fromYear, toYear));
    }

    /** The transition table between two reviews, the earlier first. */
    public static TransitionTable transitions(Tracker tracker, int fromYear, int toYear) {
        List<Status> statuses = tracker.vocabulary().statuses();
        List<Status> axis = new ArrayList<>(statuses);
        axis.add(null);
        int size = axis.size();
        java.util.Map<Status, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            index.put(statuses.get(i), i);
        }
        // Only rows that hold a recommendation are made: a vocabulary of thousands of statuses would otherwise give
        // millions of empty cells.
        java.util.SortedMap<Integer, java.util.Map<Integer, List<Recommendation>>> buckets = new java.util.TreeMap<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment before = recommendation.in(fromYear);
            Assessment after = recommendation.in(toYear);
            if (before != null || after != null) {
                int row = before == null ? size - 1 : index.get(before.status());
                int column = after == null ? size - 1 : index.get(after.status());
                buckets.computeIfAbsent(row, r -> new java.util.HashMap<>())
                        .computeIfAbsent(column, c -> new ArrayList<>()).add(recommendation);
            }
        }
        List<List<TransitionTable.Cell>> rows = new ArrayList<>();
        buckets.forEach((row, columns) -> {
            List<TransitionTable.Cell> cells = new ArrayList<>(size);
            for (int column = 0; column < size; column++) {
                cells.add(new TransitionTable.Cell(axis.get(row), axis.get(column),
                        columns.getOrDefault(column, List.of())));
            }
            rows.add(cells);
        });
        return new TransitionTable(fromYear, toYear, statuses, rows);
    }
}
