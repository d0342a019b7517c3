package io.github.trackdown.render;

import java.util.List;

/**
 * The plain values templates are given: one record per thing a template shows, all text already prepared.
 *
 * <p>Templates only place these values; every decision (what links where, what a change is called) is made
 * in Java, where it is tested.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page's layout shows.
     *
     * @param lang the language tag for the {@code lang} attribute
     * @param pageTitle the page's own title
     * @param siteTitle the tracker's title
     * @param root the path from the page back to the site root: {@code ""} or {@code "../"}
     * @param nav the main navigation
     * @param asOf the sentence naming the latest review the page reflects
     * @param description the text for the description meta tag
     * @param publisher the publishing body, or empty
     */
    public record Page(String lang, String pageTitle, String siteTitle, String root, List<NavLink> nav,
            String asOf, String description, String publisher) {

        /** The title for the browser tab: the page's and the site's, or only the site's on the home page. */
        public String fullTitle() {
            return pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " – " + siteTitle;
        }
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
     */
    public record MatrixCell(int year, StatusLabel status, ChangeMarker change, String absent) {
    }

    /**
     * One row of a status matrix.
     *
     * @param id the recommendation's id
     * @param title its latest title
     * @param href its page
     * @param theme its latest theme's name
     * @param cells one per review year
     */
    public record MatrixRow(String id, String title, String href, String theme, List<MatrixCell> cells) {
    }

    /**
     * A table of recommendations against review years.
     *
     * @param matrixId the prefix of the table's element ids, unique on its page
     * @param caption the table's caption
     * @param years the column headings
     * @param rows the rows
     */
    public record Matrix(String matrixId, String caption, List<Integer> years, List<MatrixRow> rows) {
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
     * The home page.
     *
     * @param description the tracker's description
     * @param latestYear the latest review year
     * @param latestHref the latest review's page
     * @param counts the latest review's counts by status, zeros left out
     * @param total how many recommendations the latest review assessed
     * @param matrix every recommendation against every review year
     * @param legend the change markers, explained
     */
    public record Home(String description, int latestYear, String latestHref, List<Count> counts, int total,
            Matrix matrix, List<ChangeMarker> legend) {
    }

    /**
     * A link to a review.
     *
     * @param year its year
     * @param title its publication's title
     * @param href its page
     * @param published its publication date, formatted
     * @param total how many recommendations it assessed
     */
    public record ReviewLink(int year, String title, String href, String published, int total) {
    }

    /**
     * One recommendation in a review's table.
     *
     * @param id its id
     * @param title its title that year
     * @param href its page
     * @param theme its theme's name
     * @param status its status that year
     * @param change the change since the review before
     * @param outcome its outcome that year
     * @param commentHtml the progress comment, as HTML
     */
    public record ReviewRow(String id, String title, String href, String theme, StatusLabel status,
            ChangeMarker change, String outcome, String commentHtml) {
    }

    /**
     * A review's page.
     *
     * @param year the review year
     * @param reviewTitle the publication's title
     * @param published the publication date, formatted
     * @param datetime the publication date as YYYY-MM-DD
     * @param source the publication's address, or empty
     * @param summaryHtml what the review found, as HTML
     * @param counts its counts by status, zeros left out
     * @param total how many recommendations it assessed
     * @param rows every recommendation in it
     * @param previous the review before, or {@code null}
     * @param next the review after, or {@code null}
     * @param editHref the address of {@code review.md} in GitHub's web editor; empty when {@code tracker.yml}
     *     names no repository
     */
    public record Review(int year, String reviewTitle, String published, String datetime, String source,
            String summaryHtml, List<Count> counts, int total, List<ReviewRow> rows, ReviewLink previous,
            ReviewLink next, String editHref) {
    }

    /**
     * The list of reviews.
     *
     * @param reviews every review, newest first
     */
    public record Reviews(List<ReviewLink> reviews) {
    }

    /**
     * A recommendation in one review, on the recommendation's page.
     *
     * @param year the review year
     * @param reviewHref the review's page
     * @param anchor the id of this section
     * @param title the title that year
     * @param theme the theme's name that year
     * @param status the status that year
     * @param change the change since the review before
     * @param outcome the outcome that year
     * @param owners the bodies it was addressed to that year, joined
     * @param wordingHtml the wording, as HTML
     * @param commentHtml the progress comment, as HTML; empty when none
     */
    public record HistoryEntry(int year, String reviewHref, String anchor, String title, String theme,
            StatusLabel status, ChangeMarker change, String outcome, String owners, String wordingHtml,
            String commentHtml) {
    }

    /**
     * A recommendation's page.
     *
     * @param id its id
     * @param title its latest title
     * @param themeName its latest theme
     * @param themeHref its latest theme's page
     * @param owners the bodies it is addressed to, latest
     * @param status its latest status
     * @param latestYear the year of its latest review
     * @param history one entry per review it appears in, newest first
     * @param editHref the address of its file in the latest review it appears in, in GitHub's web editor; empty
     *     when {@code tracker.yml} names no repository
     */
    public record Recommendation(String id, String title, String themeName, String themeHref, List<String> owners,
            StatusLabel status, int latestYear, List<HistoryEntry> history, String editHref) {
    }

    /**
     * A link to a theme.
     *
     * @param name the theme's name
     * @param href its page
     * @param description what it covers
     * @param count how many recommendations it has
     */
    public record ThemeLink(String name, String href, String description, int count) {
    }

    /**
     * The list of themes.
     *
     * @param themes every theme in vocabulary order
     */
    public record Themes(List<ThemeLink> themes) {
    }

    /**
     * A theme's page.
     *
     * @param name the theme's name
     * @param description what it covers
     * @param counts its recommendations' latest counts by status, zeros left out
     * @param matrix its recommendations against every review year
     */
    public record Theme(String name, String description, List<Count> counts, Matrix matrix) {
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
     * The compare page.
     *
     * @param years the review years
     * @param rows one per status
     * @param totals the number of recommendations per year
     * @param chartSvg the chart, as SVG markup made by Trackdown
     */
    public record Compare(List<Integer> years, List<CountsRow> rows, List<Integer> totals, String chartSvg) {
    }

    /**
     * A defined term: a status or an outcome.
     *
     * @param name its name
     * @param anchor the id of its definition
     * @param meaning its one-line definition
     * @param note a remark on its special role, or empty
     * @param label the status as it is shown elsewhere, or {@code null} for outcomes
     */
    public record Definition(String name, String anchor, String meaning, String note, StatusLabel label) {
    }

    /**
     * The page defining statuses and outcomes.
     *
     * @param statuses every status, worst first
     * @param outcomes every outcome
     * @param legend the change markers, explained
     */
    public record Definitions(List<Definition> statuses, List<Definition> outcomes, List<ChangeMarker> legend) {
    }
}
