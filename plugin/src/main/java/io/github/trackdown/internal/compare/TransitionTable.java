package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Status;
import java.util.List;

/**
 * How the recommendations moved between two reviews: for each status in the earlier review, how many had each status
 * in the later one.
 *
 * <p>Rows are the earlier review's statuses, plus "not in the earlier review" for recommendations added in the later
 * one; columns are the later review's statuses, plus "not in the later review". Every recommendation of either
 * review is in exactly one cell, so the cells add up to the number of recommendations in the two reviews together.
 *
 * @param fromYear the earlier review
 * @param toYear the later review
 * @param statuses the vocabulary's statuses, the order of rows and columns
 * @param cells {@code cells.get(row).get(column)}: rows are the statuses that hold a recommendation in the earlier
 *     review in vocabulary order, then the one for recommendations not in that review when any was not; columns are
 *     every status in vocabulary order, then the one for recommendations not in the later review
 */
public record TransitionTable(int fromYear, int toYear, List<Status> statuses, List<List<Cell>> cells) {

    public TransitionTable {
        statuses = List.copyOf(statuses);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /**
     * The recommendations that went from one status to another.
     *
     * @param from the status in the earlier review, or {@code null} for "not in it"
     * @param to the status in the later review, or {@code null} for "not in it"
     * @param recommendations the recommendations, in natural id order
     */
    public record Cell(Status from, Status to, List<Recommendation> recommendations) {

        public Cell {
            recommendations = List.copyOf(recommendations);
        }

        /** How many recommendations the cell holds. */
        public int count() {
            return recommendations.size();
        }
    }

    /** The number in the cell from one status (by name, or null) to another; 0 for a row that holds none. */
    public int count(String from, String to) {
        if (from != null && statuses.stream().noneMatch(s -> s.name().equals(from))
                || to != null && statuses.stream().noneMatch(s -> s.name().equals(to))) {
            throw new IllegalArgumentException("no cell " + from + " -> " + to);
        }
        for (List<Cell> row : cells) {
            for (Cell cell : row) {
                if (nameOf(cell.from()).equals(String.valueOf(from)) && nameOf(cell.to()).equals(String.valueOf(to))) {
                    return cell.count();
                }
            }
        }
        return 0;
    }

    /** The sum of all cells. */
    public int total() {
        return cells.stream().flatMap(List::stream).mapToInt(Cell::count).sum();
    }

    private static String nameOf(Status status) {
        return status == null ? "null" : status.name();
    }
}
