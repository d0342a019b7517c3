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
 * @param cells {@code cells.get(row).get(column)}: rows and columns are the statuses in vocabulary order, then the
 *     one for recommendations not in that review
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

    /** The number in the cell from one status (by name, or null) to another. */
    public int count(String from, String to) {
        for (List<Cell> row : cells) {
            for (Cell cell : row) {
                if (nameOf(cell.from()).equals(String.valueOf(from)) && nameOf(cell.to()).equals(String.valueOf(to))) {
                    return cell.count();
                }
            }
        }
        throw new IllegalArgumentException("no cell " + from + " -> " + to);
    }

    /** The sum of all cells. */
    public int total() {
        return cells.stream().flatMap(List::stream).mapToInt(Cell::count).sum();
    }

    private static String nameOf(Status status) {
        return status == null ? "null" : status.name();
    }
}
