package io.github.trackdown.internal.render;

import java.util.List;

/**
 * The plain values of the pieces several pages show (navigation, status labels, change markers, matrices, counts,
 * transitions), as templates are given them. The pages' own values are in {@link Views}.
 */
public final class PartViews {

    private PartViews() {
    }

    /**
     * A link to the same page in another language.
     *
     * @param lang the language tag
     * @param name the language's name in that language, such as "Cymraeg"
     * @param href the page in that language
     */
    public record LanguageLink(String lang, String name, String href) {
    }

    /**
     * A link in the main navigation.
     *
     * @param label the words shown
     * @param href the relative address
     * @param current whether it is the page being shown
     */
    public record NavLink(String label, String href, boolean current) {
    }

    /**
     * A status as text, linked to its definition.
     *
     * @param name the status's name
     * @param slug the CSS class suffix
     * @param href the address of its definition
     */
    public record StatusLabel(String name, String slug, String href) {
    }

    /**
     * A change marker: a decorative symbol and the words that say the same.
     *
     * @param symbol the symbol
     * @param label the words, such as "Improved"
     * @param slug the CSS class suffix
     * @param since the words naming what it is compared with, such as "since 2023"; empty for new ones
     */
    public record ChangeMarker(String symbol, String label, String slug, String since) {
    }

    /**
     * One cell of a status matrix.
     *
     * @param year the review year
     * @param status the status that year, or {@code null} when the recommendation is not in that review
     * @param change the change since the review before, or {@code null}
     * @param absent the words for a missing cell, such as "Removed earlier"; empty when present
     * @param overdue the word "Overdue" when the recommendation is overdue at that review; empty otherwise
     */
    public record MatrixCell(int year, StatusLabel status, ChangeMarker change, String absent, String overdue) {
    }

    /**
     * One row of a status matrix.
     *
     * @param id the recommendation's id
     * @param title its latest title
     * @param href its page
     * @param theme its latest theme's name
     * @param themeSlug its latest theme's slug, for filtering
     * @param owners the slugs of its latest owners, separated by {@code |}, for filtering
     * @param statusSlug the slug of its latest status, for filtering
     * @param changed {@code yes} when its status changed in the latest review it appears in, else {@code no}
     * @param order its position in natural id order, for restoring the order after sorting
     * @param cells one per review year
     * @param data the values of the tracker's own fields that the matrix filters or sorts by, for
     *     {@code data-field-NAME} attributes; empty when it declares none
     * @param values one per column of {@link Matrix#valueColumns()}: the latest value of a date or number field
     * @param priority the word "Priority" for a priority recommendation; empty for others
     */
    public record MatrixRow(String id, String title, String href, String theme, String themeSlug, String owners,
            String statusSlug, String changed, int order, List<MatrixCell> cells, List<RowData> data,
            List<ValueCell> values, String priority) {
    }

    /**
     * A cell of a matrix column that sorts by a date or number field.
     *
     * @param value the value as written ({@code 2025-03}, {@code 12.5}), for sorting; empty when not given
     * @param text the value as readers see it
     */
    public record ValueCell(String value, String text) {
    }

    /**
     * A value a matrix row carries for filtering or sorting by a field the tracker declares.
     *
     * @param name the field's name
     * @param value the value: a choice as written, {@code yes} or {@code no}, a list's items separated by {@code |},
     *     a date as {@code YYYY-MM[-DD]}, a number; empty when the recommendation gives none
     */
    public record RowData(String name, String value) {
    }

    /**
     * A filter above the home page's matrix by a field the tracker declares ({@code choice}, {@code yes-no} or
     * {@code list}).
     *
     * @param name the field's name: the filter matches the rows' {@code data-field-NAME}
     * @param label the field's label
     * @param list whether a row matches when any of its values (separated by {@code |}) is the one chosen
     * @param options the values to choose from
     */
    public record FieldFilter(String name, String label, boolean list, List<Option> options) {
    }

    /**
     * The value a recommendation gives a field its tracker declares, as shown.
     *
     * @param name the field's name
     * @param label the field's label in the page's language
     * @param text the value as readers see it: a date or a yes-no in words, a list's items separated by {@code ; }
     * @param href the address, for a {@code link} field; empty otherwise
     * @param valueHtml the value as HTML, for a {@code markdown} field; empty otherwise
     */
    public record FieldShown(String name, String label, String text, String href, String valueHtml) {
    }

    /**
     * The rows of one theme in a status matrix.
     *
     * @param name the theme's name
     * @param rows its recommendations
     */
    public record MatrixGroup(String name, List<MatrixRow> rows) {
    }

    /**
     * A choice in a filter.
     *
     * @param value the value rows carry
     * @param label the words shown
     */
    public record Option(String value, String label) {
    }

    /**
     * The filters offered above a status matrix; shown only when the script runs.
     *
     * @param themes the themes
     * @param owners the owners
     * @param statuses the statuses
     * @param fields the filters by the tracker's own fields; empty when it declares none
     */
    public record MatrixFilters(List<Option> themes, List<Option> owners, List<Option> statuses,
            List<FieldFilter> fields) {
    }

    /**
     * A table of recommendations against review years.
     *
     * @param matrixId the prefix of the table's element ids, unique on its page
     * @param caption the table's caption
     * @param years the column headings
     * @param columns the number of columns, for group headings
     * @param groups the rows, grouped by theme
     * @param filters the filters, or {@code null} for a table without them
     * @param valueColumns the labels of the columns after the years, one per date or number field the tracker
     *     declares, that the table can be sorted by; empty when it declares none
     */
    public record Matrix(String matrixId, String caption, List<Integer> years, int columns, List<MatrixGroup> groups,
            MatrixFilters filters, List<String> valueColumns) {
    }

    /**
     * A number of recommendations with one status.
     *
     * @param status the status
     * @param count how many
     * @param percent their share, as a whole number
     */
    public record Count(StatusLabel status, int count, int percent) {
    }

    /**
     * One row of the counts table: a status and its count in every review year.
     *
     * @param status the status
     * @param cells the counts, one per year
     */
    public record CountsRow(StatusLabel status, List<Count> cells) {
    }

    /**
     * Counts per status per review year, as a chart and a table.
     *
     * @param tableId the prefix of the element ids, unique on its page
     * @param caption the table's caption
     * @param years the review years
     * @param rows one per status
     * @param totals the number of recommendations per year
     * @param chartSvg the chart, as SVG markup made by Trackdown
     */
    public record CountsTable(String tableId, String caption, List<Integer> years, List<CountsRow> rows,
            List<Integer> totals, String chartSvg) {
    }

    /**
     * A link to a recommendation.
     *
     * @param id its id
     * @param title its title
     * @param href its page
     */
    public record RecommendationLink(String id, String title, String href) {
    }

    /**
     * A cell of a transition table.
     *
     * @param count how many recommendations moved this way
     * @param recommendations which
     */
    public record TransitionCell(int count, List<RecommendationLink> recommendations) {

        /** Whether any recommendation moved this way. */
        public boolean any() {
            return count > 0;
        }
    }

    /**
     * A row of a transition table.
     *
     * @param label the status in the earlier review, or "Not in YEAR"
     * @param cells one per status in the later review, then "not in it"
     * @param total the row's sum
     */
    public record TransitionRow(String label, List<TransitionCell> cells, int total) {
    }

    /**
     * How recommendations moved from each status to each status between two reviews.
     *
     * @param tableId the prefix of the element ids, unique on its page
     * @param caption the table's caption
     * @param fromYear the earlier review
     * @param toYear the later review
     * @param columns the later review's column headings
     * @param rows one per status of the earlier review, then "not in it"
     * @param total the sum of all cells
     */
    public record Transitions(String tableId, String caption, int fromYear, int toYear, List<String> columns,
            List<TransitionRow> rows, int total) {
    }

    /**
     * What a review decided and changed, told first on the home and review pages.
     *
     * @param outcomes how many recommendations got each outcome, in the vocabulary's order, zeros left out
     * @param changes what changed since the review before, one line per kind of change; empty for the first review
     * @param previousYear the review before; 0 for the first review
     */
    public record Changes(List<OutcomeTotal> outcomes, List<ChangeLine> changes, int previousYear) {

        /** Whether anything changed since the review before (a section without entries is not shown). */
        public boolean anyChange() {
            return !changes.isEmpty();
        }
    }

    /**
     * An outcome and how many recommendations a review gave it.
     *
     * @param name the outcome
     * @param count how many
     */
    public record OutcomeTotal(String name, int count) {
    }

    /**
     * One kind of change since the review before, in words, and the recommendations it concerns.
     *
     * @param text what changed, such as "Renamed" or "Not yet assessed → Not met"
     * @param items each recommendation, with a note of what changed for it (such as its earlier title)
     */
    public record ChangeLine(String text, List<ChangeItem> items) {
    }

    /**
     * A recommendation in a line of changes.
     *
     * @param id its id
     * @param title its title in the later review
     * @param href its page
     * @param note what changed for it, such as "was: Sufficient Resources"; empty when the line says it all
     */
    public record ChangeItem(String id, String title, String href, String note) {
    }
}
