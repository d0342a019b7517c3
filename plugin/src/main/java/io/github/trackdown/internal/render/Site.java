package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.TrackerComparison;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.internal.opendata.TextForms;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problems;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every output of one site is made from: the tracker and its comparison, the addresses, the interface's words,
 * the templates and the Markdown converter.
 */
final class Site {

    final Tracker tracker;
    final TrackerComparison comparison;
    final SitePaths paths;
    final Messages messages;
    final Templates templates;
    final MarkdownRenderer markdown;
    final FieldDisplay fields;
    /** How responses, target dates, priority, evidence and drafts are shown. */
    final FollowupDisplay followups;
    final DateTimeFormatter dates;
    /** "July 2024": for a review that gives only the month of its publication. */
    final DateTimeFormatter months;
    /** The site's public address ending in {@code /}, or empty when unknown. */
    final String siteUrl;
    /** The content folder, where the files beside the Markdown files are read from. */
    final Path contentFolder;
    final Function<String, String> displayName;
    final Problems problems;
    /** Marks the first use of each abbreviation that {@code tracker.yml} declares, on every page. */
    final Abbreviations abbreviations;
    /** The portfolio's title and the path from this site's root to the portfolio's home page; {@code null} alone. */
    PartViews.NavLink partOf;
    /** The site's pages; set once the views exist. */
    SitePlan plan;
    /** What the previous build rendered, to reuse; {@code null} when not reusing (the default). */
    volatile RenderCache cache;
    /** The same site in other languages, for every page's language links; none by default. */
    volatile List<SiteRenderer.Alternate> alternates = List.of();

    Site(TrackerComparison comparison, Templates templates, boolean allowRawHtml, String siteUrl,
            Path contentFolder, Function<String, String> displayName, Problems problems) {
        this.tracker = comparison.tracker();
        this.comparison = comparison;
        this.paths = new SitePaths(tracker);
        this.messages = Messages.forLanguage(tracker.settings().language());
        this.templates = templates;
        this.markdown = new MarkdownRenderer(allowRawHtml, paths::pageOfContentFile);
        this.fields = new FieldDisplay(tracker.vocabulary().fields(), tracker.settings().language(), messages,
                markdown);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tracker.settings().language()));
        this.months = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(tracker.settings().language()));
        this.siteUrl = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        this.contentFolder = contentFolder;
        this.displayName = displayName;
        this.problems = problems;
        this.followups = new FollowupDisplay(this);
        this.abbreviations = new Abbreviations(tracker.settings().abbreviations());
    }

    /** The tracker's language tag. */
    String language() {
        return tracker.settings().language();
    }

    /** A review's publication date as readers see it: "July 2024" when only the month is known. */
    String published(Review review) {
        return review.publishedMonthOnly() ? months.format(review.published()) : dates.format(review.published());
    }

    private volatile String asOf;

    /** "As of the 2024 review, published 1 July 2024.": what every page's header says, worked out once. */
    String asOf() {
        String text = asOf;
        if (text == null) {
            Review latest = tracker.latestReview();
            text = messages.format("asOf", latest.year(), published(latest));
            asOf = text;
        }
        return text;
    }

    /** A review's publication date for {@code <time datetime>}: {@code 2024-07} when only the month is known. */
    static String datetime(Review review) {
        return review.publishedMonthOnly() ? YearMonth.from(review.published()).toString()
                : review.published().toString();
    }

    /** The address of a content file in GitHub's web editor, or empty when no repository is named. */
    String editHref(String contentFile) {
        return tracker.settings().repository() == null ? "" : tracker.settings().repository().editUrl(contentFile);
    }

    private DataTable dataTable;
    /**
     * The plain and unwrapped forms of each comment converted to HTML so far, and of each wording in the data table,
     * for the data table and {@code tracker.json}; emptied once {@code tracker.json} is written.
     */
    final Map<Markdown, TextForms.Forms> markdownForms = new ConcurrentHashMap<>();

    /** The open data table, built once per site however many data files show it (the CSV and the spreadsheet). */
    synchronized DataTable dataTable() {
        if (dataTable == null) {
            dataTable = CsvOutput.table(this);
        }
        return dataTable;
    }
}
