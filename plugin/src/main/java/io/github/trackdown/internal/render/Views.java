package io.github.trackdown.internal.render;

import io.github.trackdown.internal.render.PartViews.ChangeMarker;
import io.github.trackdown.internal.render.PartViews.Count;
import io.github.trackdown.internal.render.PartViews.CountsTable;
import io.github.trackdown.internal.render.PartViews.FieldShown;
import io.github.trackdown.internal.render.PartViews.LanguageLink;
import io.github.trackdown.internal.render.PartViews.Matrix;
import io.github.trackdown.internal.render.PartViews.NavLink;
import io.github.trackdown.internal.render.PartViews.StatusLabel;
import io.github.trackdown.internal.render.PartViews.Transitions;
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
     * @param footer the licence, links and date of last update the footer shows
     * @param glossaryHref the page of the abbreviations {@code tracker.yml} declares; empty when it declares none
     * @param baseScriptHtml on the not-found page of a site whose address is not known, the script that finds the
     *     site's root wherever the page is served (see {@link NotFoundRoot}); empty otherwise
     * @param partOf the portfolio the tracker is a report of, linked from the header; {@code null} for a tracker
     *     published on its own
     */
    public record Page(String lang, String pageTitle, String siteTitle, String root, List<NavLink> nav,
            String asOf, String description, String publisher, com.github.mustachejava.TemplateFunction t,
            List<LanguageLink> languages, String inlineStyle, PublicationViews.Footer footer, String glossaryHref,
            String baseScriptHtml, NavLink partOf) {

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
     * @param followup the latest review's counts by response, overdue recommendations, moved target dates and the
     *     link to the priority recommendations
     */
    public record Home(String description, int latestYear, String latestHref, List<Count> counts, int total,
            Matrix matrix, List<ChangeMarker> legend, String followedUp, PartViews.Changes changes,
            FollowupViews.Totals followup) {
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
     * @param followup its response, target date, overdue and priority marks that year
     */
    public record ReviewRow(String id, String title, String href, String theme, StatusLabel status,
            ChangeMarker change, String outcome, String commentHtml, FollowupViews.Entry followup) {
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
     * @param followup its counts by response, overdue recommendations and moved target dates
     */
    public record Review(int year, String reviewTitle, String published, String datetime, String source,
            String summaryHtml, List<Count> counts, int total, List<ReviewRow> rows, ReviewLink previous,
            ReviewLink next, String editHref, String statusOf, PartViews.Changes changes,
            FollowupViews.Totals followup) {
    }

    /**
     * The list of reviews.
     *
     * @param reviews every review, newest first
     */
    public record Reviews(List<ReviewLink> reviews) {
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
     * @param fields the latest values of the fields the tracker declares; only those given
     * @param feedback the "Report a problem" and "Suggest an update" links; {@code null} when {@code tracker.yml}
     *     has no {@code contact:}
     * @param removedYear the year of the review that removed it, or 0 when it is still followed up
     * @param followup its response, target date, priority and evidence log, and the preview's draft banner
     */
    public record Recommendation(String id, String title, String themeName, String themeHref, List<String> owners,
            StatusLabel status, int latestYear, List<PartViews.HistoryEntry> history, String editHref,
            List<FieldShown> fields, PublicationViews.Feedback feedback, int removedYear,
            FollowupViews.Summary followup) {

        /** Whether a review removed it: the page says so at its top. */
        public boolean removed() {
            return removedYear > 0;
        }
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
     * @param sections what improved, worsened, was reworded, dropped or added: only the kinds that have any
     * @param transitions the transition table between the two
     * @param pairs links to the other comparisons, never to this one; empty with only two reviews
     * @param dueChanges the target dates changed between the two; {@code null} when none changed
     */
    public record Pair(int fromYear, int toYear, String fromHref, String toHref, List<PairSection> sections,
            Transitions transitions, List<PairLink> pairs, FollowupViews.DueChanges dueChanges) {

        /** Whether there are other comparisons to link to. */
        public boolean hasOtherPairs() {
            return !pairs.isEmpty();
        }
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
     * @param csvMetadataHref the CSV file's CSVW metadata
     * @param odsHref the OpenDocument spreadsheet
     * @param licenceName the data's licence; empty when the tracker names none
     * @param licenceHref the licence's address; empty when none
     * @param copyright the copyright line; empty when no licence is named
     * @param datasetScriptHtml the schema.org {@code Dataset} description, as a complete
     *     {@code <script type="application/ld+json">} element
     */
    public record Data(String csvHref, String jsonHref, String schemaHref, String feedHref, int rows,
            List<DataColumn> columns, String csvMetadataHref, String odsHref, String licenceName, String licenceHref,
            String copyright, String datasetScriptHtml) {
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
     * A review on the search page.
     *
     * @param key its key in the search index, {@code reviews/YEAR}
     * @param year its year
     * @param title its publication's title
     * @param href its page
     * @param published its publication date, formatted
     */
    public record SearchReview(String key, int year, String title, String href, String published) {
    }

    /**
     * The search page: every recommendation and every review, filtered by a script as the reader types.
     *
     * @param items every recommendation
     * @param reviews every review, oldest first
     */
    public record Search(List<SearchItem> items, List<SearchReview> reviews) {
    }

    /**
     * The glossary page: every abbreviation {@code tracker.yml} declares.
     *
     * @param abbreviations every abbreviation, in alphabetical order
     */
    public record Glossary(List<PartViews.Abbreviation> abbreviations) {
    }
}
