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
     * @param t the interface's words: {@code {{#t}}key{{/t}}} places a message of the bundle
     * @param languages links to this page in the tracker's other languages; empty when it has one
     * @param inlineStyle the style sheet to inline, for the not-found page that may be served at any depth; empty
     *     for other pages
     */
    public record Page(String lang, String pageTitle, String siteTitle, String root, List<NavLink> nav,
            String asOf, String description, String publisher, com.github.mustachejava.TemplateFunction t,
            List<LanguageLink> languages, String inlineStyle) {

        /** Whether the page exists in other languages. */
        public boolean hasLanguages() {
            return !languages.isEmpty();
        }

        /** The title for the browser tab: the page's and the site's, or only the site's on the home page. */
        public String fullTitle() {
            return pageTitle.equals(siteTitle) ? siteTitle : pageTitle + " – " + siteTitle;
        }
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
     * @param html the label rendered with {@code status-label.mustache}
     */
    public record StatusLabel(String name, String slug, String href, String html) {
    }

    /**
     * A change marker: a decorative symbol and the words that say the same.
     *
     * @param symbol the symbol
     * @param label the words, such as "Improved"
     * @param slug the CSS class suffix
     * @param since the words naming what it is compared with, such as "since 2023"; empty for new ones
     * @param markerHtml the marker rendered with {@code change-marker.mustache}
     * @param textHtml the marker rendered with {@code change-text.mustache}
     */
    public record ChangeMarker(String symbol, String label, String slug, String since, String markerHtml,
            String textHtml) {
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
     * @param themeSlug its latest theme's slug, for filtering
     * @param owners the slugs of its latest owners, separated by {@code |}, for filtering
     * @param statusSlug the slug of its latest status, for filtering
     * @param changed {@code yes} when its status changed in the latest review it appears in, else {@code no}
     * @param order its position in natural id order, for restoring the order after sorting
     * @param cells one per review year
     */
    public record MatrixRow(String id, String title, String href, String theme, String themeSlug, String owners,
            String statusSlug, String changed, int order, List<MatrixCell> cells) {
    }

    /**
     * The rows of one theme in a status matrix.
     *
     * @param name the theme's name
     * @param rows its recommendations
     * @param rowsHtml the rows, each rendered with {@code matrix-row.mustache}
     */
    public record MatrixGroup(String name, List<MatrixRow> rows, String rowsHtml) {
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
     */
    public record MatrixFilters(List<Option> themes, List<Option> owners, List<Option> statuses) {
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
     */
    public record Matrix(String matrixId, String caption, List<Integer> years, int columns, List<MatrixGroup> groups,
            MatrixFilters filters) {
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
     * @param followedUp how many recommendations the latest review followed up, in a sentence of the language
     * @param changes what the latest review decided and changed
     */
    public record Home(String description, int latestYear, String latestHref, List<Count> counts, int total,
            Matrix matrix, List<ChangeMarker> legend, String followedUp, Changes changes) {
    }

    /**
     * A link to a review.
     *
     * @param year its year
     * @param title its publication's title
     * @param href its page
     * @param published its publication date, formatted
     * @param total how many recommendations it assessed
     * @param totalText that number with the word "recommendations" in the form the language gives it
     */
    public record ReviewLink(int year, String title, String href, String published, int total, String totalText) {
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
     * @param statusOf the heading of its counts, with the number of recommendations in the language's form
     * @param changes what the review decided and changed since the review before
     */
    public record Review(int year, String reviewTitle, String published, String datetime, String source,
            String summaryHtml, List<Count> counts, int total, List<ReviewRow> rows, ReviewLink previous,
            ReviewLink next, String editHref, String statusOf, Changes changes) {
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
     * @param wordingHtml the wording, as HTML; empty when it is the same as in the next review, where it is shown
     * @param commentHtml the progress comment, as HTML; empty when none
     * @param previousYear the review before in which it appears, or 0
     * @param reworded whether the wording differs from the previous review's
     * @param diff the wording compared word by word with the previous review's; empty for the first
     */
    public record HistoryEntry(int year, String reviewHref, String anchor, String title, String theme,
            StatusLabel status, ChangeMarker change, String outcome, String owners, String wordingHtml,
            String commentHtml, int previousYear, boolean reworded, List<DiffPart> diff) {

        /** Whether the recommendation appears in an earlier review, to compare its wording with. */
        public boolean hasPrevious() {
            return previousYear > 0;
        }
    }

    /**
     * A run of a wording diff.
     *
     * @param text the words
     * @param same whether it is in both wordings
     * @param added whether only the later wording has it
     * @param removed whether only the earlier wording had it
     */
    public record DiffPart(String text, boolean same, boolean added, boolean removed) {
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
     * @param countText that number with the word "recommendations" in the form the language gives it
     */
    public record ThemeLink(String name, String href, String description, int count, String countText) {
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
     * @param countsTable its counts per status per review year
     * @param matrix its recommendations against every review year
     */
    public record Theme(String name, String description, List<Count> counts, CountsTable countsTable,
            Matrix matrix) {
    }

    /**
     * A link to an owner's page.
     *
     * @param name the body's name
     * @param href its page
     * @param count how many recommendations are addressed to it
     * @param countText that number with the word "recommendations" in the form the language gives it
     */
    public record OwnerLink(String name, String href, int count, String countText) {
    }

    /**
     * The list of owners.
     *
     * @param owners every body recommendations are addressed to, by name
     */
    public record Owners(List<OwnerLink> owners) {
    }

    /**
     * An owner's page.
     *
     * @param name the body's name
     * @param counts its recommendations' latest counts by status, zeros left out
     * @param countsTable its counts per status per review year
     * @param matrix its recommendations against every review year
     */
    public record Owner(String name, List<Count> counts, CountsTable countsTable, Matrix matrix) {
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
     * A link to the page comparing two reviews.
     *
     * @param fromYear the earlier review
     * @param toYear the later review
     * @param href the page
     */
    public record PairLink(int fromYear, int toYear, String href) {
    }

    /**
     * The compare page.
     *
     * @param countsTable counts per status per review year
     * @param transitions the transition table between each two consecutive reviews
     * @param pairs links to the comparison of any two reviews
     */
    public record Compare(CountsTable countsTable, List<Transitions> transitions, List<PairLink> pairs) {

        /** Whether there are two reviews or more to compare. */
        public boolean hasTransitions() {
            return !transitions.isEmpty();
        }
    }

    /**
     * A recommendation in a comparison of two reviews.
     *
     * @param id its id
     * @param title its title in the later review (or the earlier one when dropped)
     * @param href its page
     * @param from its status in the earlier review, or {@code null}
     * @param to its status in the later review, or {@code null}
     */
    public record PairItem(String id, String title, String href, StatusLabel from, StatusLabel to) {
    }

    /**
     * One kind of change in a comparison of two reviews.
     *
     * @param heading the section heading, such as "Improved (3)"
     * @param anchor the section's id
     * @param description one sentence on what the section lists
     * @param items the recommendations
     */
    public record PairSection(String heading, String anchor, String description, List<PairItem> items) {

        /** Whether any recommendation is in the section. */
        public boolean hasItems() {
            return !items.isEmpty();
        }
    }

    /**
     * The page comparing two reviews.
     *
     * @param fromYear the earlier review
     * @param toYear the later review
     * @param fromHref the earlier review's page
     * @param toHref the later review's page
     * @param sections what improved, worsened, was reworded, dropped or added
     * @param transitions the transition table between the two
     * @param pairs links to the other comparisons
     */
    public record Pair(int fromYear, int toYear, String fromHref, String toHref, List<PairSection> sections,
            Transitions transitions, List<PairLink> pairs) {
    }

    /**
     * A column of the published data.
     *
     * @param name the column's name
     * @param meaning what it holds
     */
    public record DataColumn(String name, String meaning) {
    }

    /**
     * The data page.
     *
     * @param csvHref the CSV file
     * @param jsonHref the JSON file
     * @param schemaHref the JSON Schema
     * @param feedHref the Atom feed
     * @param rows the number of rows of the CSV file
     * @param columns the CSV file's columns
     */
    public record Data(String csvHref, String jsonHref, String schemaHref, String feedHref, int rows,
            List<DataColumn> columns) {
    }

    /**
     * A recommendation on the search page.
     *
     * @param id its id
     * @param title its latest title
     * @param href its page
     * @param status its latest status
     * @param theme its latest theme's name
     */
    public record SearchItem(String id, String title, String href, StatusLabel status, String theme) {
    }

    /**
     * The search page: every recommendation, filtered by a script as the reader types.
     *
     * @param items every recommendation
     */
    public record Search(List<SearchItem> items) {
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
