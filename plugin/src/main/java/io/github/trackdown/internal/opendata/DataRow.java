package io.github.trackdown.internal.opendata;

import java.time.LocalDate;
import java.util.List;

/**
 * One recommendation in one review, as the open data table holds it: plain text on one line, with its review's
 * publication date.
 *
 * @param id the recommendation's id
 * @param year the review's year
 * @param published the review's publication date
 * @param reviewTitle the title of the review's publication
 * @param title the recommendation's short title in that review
 * @param theme its theme in that review
 * @param owners the bodies it is addressed to, separated by {@code "; "}
 * @param status the review's assessment of progress
 * @param outcome what the review decided about the recommendation
 * @param wording the recommendation as worded in that review, as plain text on one line
 * @param comment the review's progress comment, as plain text on one line; empty when there is none
 * @param url the recommendation's page at that review's section: absolute when the site's address is known,
 *     otherwise relative to the site's root
 * @param more the values of the columns after the built-in ones, as text, in their order; empty for none
 */
public record DataRow(String id, int year, LocalDate published, String reviewTitle, String title, String theme,
        String owners, String status, String outcome, String wording, String comment, String url,
        List<String> more) {

    /** How many values every row has before {@code more}: one per built-in column. */
    private static final int BUILT_IN_CELLS = DataColumn.BUILT_IN.size();

    public DataRow {
        more = List.copyOf(more);
    }

    /** How many cells {@link #cells()} gives, without making them. */
    public int size() {
        return BUILT_IN_CELLS + more.size();
    }

    /**
     * The row's values as text, in the order of the table's columns (the {@linkplain DataColumn#BUILT_IN built-in
     * ones}, then {@code more}), each made safe for spreadsheets ({@link CellSafety}).
     */
    public List<String> cells() {
        List<String> cells = new java.util.ArrayList<>(size());
        for (int column = 0; column < size(); column++) {
            cells.add(cell(column));
        }
        return cells;
    }

    /** The value of one cell of {@link #cells()}, by its column's number from 0, without making the others. */
    public String cell(int column) {
        return switch (column) {
            case 0 -> CellSafety.safe(id);
            case 1 -> Integer.toString(year);
            case 2 -> published.toString();
            case 3 -> CellSafety.safe(reviewTitle);
            case 4 -> CellSafety.safe(title);
            case 5 -> CellSafety.safe(theme);
            case 6 -> CellSafety.safe(owners);
            case 7 -> CellSafety.safe(status);
            case 8 -> CellSafety.safe(outcome);
            case 9 -> CellSafety.safe(wording);
            case 10 -> CellSafety.safe(comment);
            case 11 -> CellSafety.safe(url);
            default -> CellSafety.safe(more.get(column - BUILT_IN_CELLS));
        };
    }
}
