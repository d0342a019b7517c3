package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.internal.opendata.CsvTable;
import io.github.trackdown.internal.opendata.CsvwMetadata;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.internal.opendata.DatasetInfo;
import io.github.trackdown.internal.opendata.OdsWorkbook;
import io.github.trackdown.internal.portfolio.Owners;
import io.github.trackdown.internal.portfolio.Portfolio;
import io.github.trackdown.internal.portfolio.PortfolioSettings;
import io.github.trackdown.internal.portfolio.Report;
import io.github.trackdown.internal.portfolio.StatusGroups;
import io.github.trackdown.model.Publication;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Review;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders a portfolio's own files, at the root of its site: the home page listing every report, the pages across
 * reports (open recommendations, owners, search and filter, statuses), the combined data and the feed of every
 * review. Each report's own site is rendered by a {@link SiteRenderer} under its folder; the portfolio's pages use
 * the same layout and style.
 */
public final class PortfolioRenderer {

    /** A page of the portfolio: its path, template, title, navigation label (or {@code null}) and view. */
    private record Page(String path, String template, String title, String navLabel, Function<String, Object> view) {
    }

    /** The page a server sends for a missing address at any depth, as a single tracker's. */
    private static final String NOT_FOUND = "404.html";

    private final Portfolio portfolio;
    private final Templates templates;
    private final String siteUrl;
    /** The page of the recommendations overdue at their latest review, across reports; only when there is one. */
    static final String OVERDUE = "overdue.html";
    private final Messages messages;
    private final PortfolioPages views;
    private final List<Page> pages = new ArrayList<>();
    private final DateTimeFormatter dates;

    /**
     * Prepares to render a portfolio.
     *
     * @param portfolio the checked portfolio, each report compared
     * @param templates the template factory
     * @param siteUrl the site's public address ending in {@code /}, or empty when unknown (the default)
     */
    public PortfolioRenderer(Portfolio portfolio, Templates templates, String siteUrl) {
        this.portfolio = portfolio;
        this.templates = templates;
        this.siteUrl = siteUrl;
        PortfolioSettings settings = portfolio.settings();
        this.messages = Messages.forLanguage(settings.language());
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(settings.language()));
        Owners owners = new Owners(portfolio);
        this.views = new PortfolioPages(portfolio, owners, messages, dates, this::table);
        pages.add(new Page("index.html", "portfolio-home", settings.title(), "portfolio.nav.reports", views::home));
        pages.add(new Page("open.html", "portfolio-open", messages.text("portfolio.title.open"), "portfolio.nav.open",
                views::open));
        if (!StatusGroups.overdue(portfolio).isEmpty()) {
            pages.add(new Page(OVERDUE, "portfolio-overdue", messages.text("portfolio.title.overdue"),
                    "portfolio.nav.overdue", views::overdue));
        }
        pages.add(new Page("owners.html", "portfolio-owners", messages.text("portfolio.title.owners"),
                "portfolio.nav.owners", views::owners));
        pages.add(new Page("search.html", "portfolio-search", messages.text("portfolio.title.search"),
                "portfolio.nav.search", views::search));
        pages.add(new Page("data.html", "portfolio-data", messages.text("portfolio.title.data"),
                "portfolio.nav.data", views::data));
        pages.add(new Page("statuses.html", "portfolio-statuses", messages.text("portfolio.title.statuses"),
                "portfolio.nav.statuses", views::statuses));
        owners.byOwner().forEach((owner, entries) -> pages.add(new Page(owners.path(owner), "portfolio-owner", owner,
                null, root -> views.owner(owner, entries, root))));
        pages.add(new Page(NOT_FOUND, "not-found", messages.text("title.notFound"), null, root -> new Object()));
    }

    /** Renders every file of the portfolio's own, using every core, and hands each to {@code sink}. */
    public void render(Consumer<OutputFile> sink) {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        files.add(() -> OutputFile.streamed(PortfolioPages.CSV, out -> CsvTable.write(table(), out)));
        files.add(() -> OutputFile.streamed(PortfolioPages.ODS, out -> OdsWorkbook.write(info(), table(), out)));
        files.add(() -> OutputFile.streamed(PortfolioPages.CSV_METADATA, out -> CsvwMetadata.write(info(),
                table().columns(), out)));
        files.add(() -> OutputFile.streamed(PortfolioPages.JSON, out -> PortfolioData.json(portfolio, table(),
                siteUrl, out)));
        files.add(() -> OutputFile.text("feed.xml", PortfolioData.atom(portfolio, siteUrl, messages)));
        files.add(() -> OutputFile.text(".nojekyll", ""));
        if (!siteUrl.isEmpty()) {
            files.add(() -> OutputFile.text("sitemap.xml", Feeds.sitemap(sitemapPages(), siteUrl)));
        }
        for (String asset : new String[] {"style.css", "trackdown.js"}) {
            files.add(() -> new OutputFile("assets/" + asset, AssetsOutput.resource("/io/github/trackdown/assets/"
                    + asset)));
        }
        // The statuses of each report are styled by its own style sheet; the portfolio's pages name them in words.
        files.add(() -> OutputFile.text("assets/statuses.css", ""));
        pages.forEach(page -> files.add(() -> page(page)));
        // Each core takes the next file of the list when it is done with one: the combined data files, first in the
        // list and tens of megabytes each, go to different cores, and the pages fill the gaps (split in fixed
        // halves, one core was left writing the data files one after the other while the other waited).
        AtomicInteger next = new AtomicInteger();
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                sink.accept(files.get(i).get());
            }
        });
    }

    /** Every page of the portfolio's own and of its reports', but the not-found pages, for the one sitemap. */
    private List<String> sitemapPages() {
        List<String> paths = new ArrayList<>(pages.stream().map(Page::path).toList());
        portfolio.reports().forEach(report -> report.pages().stream().filter(path -> !path.equals(NOT_FOUND))
                .forEach(path -> paths.add(report.path(path))));
        paths.sort(null);
        return paths;
    }

    private DataTable table;

    /** The combined data table, built once however many files show it. */
    private synchronized DataTable table() {
        if (table == null) {
            table = PortfolioData.table(portfolio, siteUrl, messages);
        }
        return table;
    }

    private DatasetInfo info() {
        PortfolioSettings settings = portfolio.settings();
        return new DatasetInfo(settings.title(), settings.description(), settings.publisher(), settings.language(),
                settings.publication().licence(), updated(), siteUrl, messages::text);
    }

    /** When the portfolio last changed: its newest review, or the later date portfolio.yml gives as updated. */
    private LocalDate updated() {
        LocalDate newest = portfolio.reports().stream().map(report -> report.tracker().settings().publication()
                .lastUpdated(report.tracker())).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate given = portfolio.settings().publication().updated();
        return given != null && given.isAfter(newest) ? given : newest;
    }

    private OutputFile page(Page page) {
        boolean servedAnywhere = page.path().equals(NOT_FOUND);
        // Served for a missing address at any depth: styled without a link, and linking absolutely when it can.
        String root = servedAnywhere ? siteUrl : SitePaths.rootOf(page.path());
        String inlineStyle = servedAnywhere ? new String(AssetsOutput.resource(
                "/io/github/trackdown/assets/style.css"), StandardCharsets.UTF_8) : "";
        List<PartViews.NavLink> nav = pages.stream().filter(p -> p.navLabel() != null).map(p -> new PartViews.NavLink(
                messages.text(p.navLabel()), root + p.path(), p.template().equals(page.template()))).toList();
        PortfolioSettings settings = portfolio.settings();
        Review newest = portfolio.newestFirst().get(0).latest();
        String asOf = messages.plural("portfolio.asOf", portfolio.reports().size(),
                Map.of("date", newest.publishedMonthOnly() ? DateTimeFormatter.ofPattern("MMMM yyyy",
                        dates.getLocale()).format(newest.published()) : dates.format(newest.published())));
        Views.Page layout = new Views.Page(settings.language(), page.title(), settings.title(), root, nav, asOf,
                settings.description(), settings.publisher(), messages.templateFunction(), List.of(), inlineStyle,
                footer(root), "", servedAnywhere && siteUrl.isEmpty() ? notFoundScript() : "", null);
        Object view = page.view().apply(root);
        return new OutputFile(page.path(), templates.renderUtf8(page.template(), layout, view));
    }

    /** The not-found page's script that finds the site's root: through the portfolio's folders and its reports'. */
    private String notFoundScript() {
        List<String> paths = new ArrayList<>(pages.stream().map(Page::path).toList());
        portfolio.reports().forEach(report -> paths.add(report.folder() + "/index.html"));
        return NotFoundRoot.scriptHtml(paths);
    }

    private PublicationViews.Footer footer(String root) {
        Publication publication = portfolio.settings().publication();
        Licence licence = publication.licence();
        LocalDate updated = updated();
        return new PublicationViews.Footer("", licence == null ? "" : licence.name(),
                licence == null ? "" : licence.url(), licence == null ? "" : licence.copyright(),
                publication.privacyUrl(), publication.contact() == null ? "" : publication.contact().href(""),
                dates.format(updated), updated.toString());
    }

    /** The counts of a report's latest review. */
    static YearCounts latestCounts(Report report) {
        List<YearCounts> perYear = report.comparison().countsPerYear();
        return perYear.get(perYear.size() - 1);
    }

    /** A review's publication date for {@code <time datetime>}. */
    static String datetime(Review review) {
        return review.publishedMonthOnly() ? YearMonth.from(review.published()).toString()
                : review.published().toString();
    }
}
