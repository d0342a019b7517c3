package io.github.trackdown.render;

import io.github.trackdown.check.Slugs;
import io.github.trackdown.compare.Change;
import io.github.trackdown.compare.Comparisons;
import io.github.trackdown.compare.ReviewChanges;
import io.github.trackdown.compare.MatrixCell;
import io.github.trackdown.compare.MatrixRow;
import io.github.trackdown.compare.ReviewComparison;
import io.github.trackdown.compare.StatusCount;
import io.github.trackdown.compare.StatusMatrix;
import io.github.trackdown.compare.TransitionTable;
import io.github.trackdown.compare.WordingDiff;
import io.github.trackdown.compare.YearCounts;
import io.github.trackdown.content.ContentLoader;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders a checked {@link Tracker} into the files of the site, with relative links only.
 *
 * <p>Pages: the home page ({@code index.html}); the reviews ({@code reviews.html}, {@code reviews/YEAR.html});
 * the recommendations ({@code recommendations/ID.html}); the themes and owners ({@code themes.html},
 * {@code themes/SLUG.html}, {@code owners.html}, {@code owners/SLUG.html}); the comparisons ({@code compare.html},
 * {@code compare/FROM-TO.html}); search, data and definitions ({@code search.html}, {@code data.html},
 * {@code statuses.html}); {@code 404.html}. Files: the style sheets and script in {@code assets/}, the open data in
 * {@code data/}, {@code feed.xml}, {@code sitemap.xml} when the site's address is known, and {@code .nojekyll}.
 * The same tracker always gives the same bytes.
 */
public final class SiteRenderer {

    private static final String[] ASSETS = {"style.css", "trackdown.js"};

    private final Tracker tracker;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final String siteUrl;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;
    private final Messages messages;
    private List<Alternate> alternates = List.of();
    private RenderCache cache;
    private final StatusMatrix matrix;
    private final List<YearCounts> countsPerYear;
    private final Map<Assessment, Recommendation> recommendationOf = new IdentityHashMap<>();
    /** The assessment of the review before, by identity: no record comparisons per table row. */
    private final Map<Assessment, Assessment> previousAssessment = new IdentityHashMap<>();
    private final Map<String, List<Recommendation>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> ownerSlugs = new HashMap<>();
    private final Map<String, Views.StatusLabel> labels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Views.ChangeMarker> markers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Matrix rows rendered for the theme and owner pages, by root and page. */
    private final Map<String, String> matrixRows = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Prepares to render a tracker.
     *
     * @param tracker the checked tracker
     * @param templates the shared template factory
     * @param allowRawHtml whether HTML written in Markdown is passed through; defaults to {@code false}
     * @param siteUrl the site's public address ending in {@code /}, or empty when unknown (the default)
     * @param displayName the name of a content path in messages
     * @param problems where broken links between content files are reported
     */
    public SiteRenderer(Tracker tracker, Templates templates, boolean allowRawHtml, String siteUrl,
            Function<String, String> displayName, Problems problems) {
        this.tracker = tracker;
        this.templates = templates;
        this.siteUrl = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tracker.settings().language()));
        this.months = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag(tracker.settings().language()));
        this.messages = Messages.forLanguage(tracker.settings().language());
        this.matrix = Comparisons.matrix(tracker);
        this.countsPerYear = Comparisons.countsPerYear(tracker);
        Map<String, String> pageOfContentFile = new HashMap<>();
        for (Review review : tracker.reviews()) {
            pageOfContentFile.put(review.year() + "/" + ContentLoader.REVIEW_FILE, reviewPath(review.year()));
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment before = null;
            for (Assessment assessment : recommendation.history()) {
                recommendationOf.put(assessment, recommendation);
                if (before != null) {
                    previousAssessment.put(assessment, before);
                }
                before = assessment;
                pageOfContentFile.put(assessment.wording().file(), sectionPath(recommendation, assessment.year()));
            }
            for (String owner : recommendation.latest().owners()) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(recommendation);
            }
        }
        Set<String> taken = new java.util.HashSet<>();
        for (String owner : byOwner.keySet()) {
            String slug = Slugs.of(owner);
            String unique = slug;
            for (int n = 2; !taken.add(unique); n++) {
                unique = slug + "-" + n;
            }
            ownerSlugs.put(owner.toLowerCase(Locale.ROOT), unique);
        }
        for (String attachment : tracker.attachments()) {
            pageOfContentFile.put(attachment, attachmentPath(attachment));
        }
        this.markdown = new MarkdownRenderer(allowRawHtml, pageOfContentFile::get, displayName, problems);
    }

    /** Renders every file of the site, using every core; the files are sorted by path. */
    public List<OutputFile> render() {
        List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        render(files::add);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(OutputFile::path));
        return sorted;
    }

    /**
     * Renders every file of the site, using every core, and hands each to {@code sink} as soon as it is ready, so
     * that the whole site need not be held in memory. The sink is called from several threads, in no fixed order.
     */
    public void render(java.util.function.Consumer<OutputFile> sink) {
        convertComments();
        Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // Each core takes the next file of the list when it is done with one: the large ones, first in the list,
        // are spread over the cores, and the many small ones fill the gaps.
        List<Supplier<OutputFile>> pages = pages();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
        java.util.stream.IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                OutputFile file = pages.get(i).get();
                paths.add(file.path());
                sink.accept(file);
            }
        });
        sitemap(paths.stream()).ifPresent(sink);
    }

    /**
     * Reports every link in the tracker's Markdown that leads to no content file, as {@link #render()} would, without
     * rendering any page. Uses every core.
     */
    public void checkLinks() {
        tracker.reviews().forEach(review -> markdown.checkLinks(review.summary()));
        tracker.recommendations().parallelStream().forEach(recommendation -> {
            for (Assessment assessment : recommendation.history()) {
                markdown.checkLinks(assessment.wording());
                markdown.checkLinks(assessment.comment());
            }
        });
    }

    /** The sitemap of the given files, when the site's address is known. */
    private Optional<OutputFile> sitemap(Stream<String> paths) {
        if (siteUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OutputFile.text("sitemap.xml", Feeds.sitemap(paths.sorted().toList(), siteUrl)));
    }

    /**
     * Converts every progress comment first, in parallel, in equal-sized pieces of work: each is shown on its
     * recommendation's page and in its review's table, so the review pages then only look them up.
     */
    private void convertComments() {
        tracker.recommendations().parallelStream().forEach(recommendation -> {
            for (Assessment assessment : recommendation.history()) {
                markdown.toHtml(assessment.comment(), "../");
            }
        });
    }

    /**
     * Every file of the site but the sitemap, each rendered when asked for (in parallel): the largest first, so that
     * no core is left with a large file to render alone at the end; the recommendation pages last.
     */
    private List<Supplier<OutputFile>> pages() {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        files.add(() -> OutputFile.streamed("data/tracker.json", out -> DataExports.json(tracker, this::dataUrl,
                review -> siteUrl + reviewPath(review.year()), out)));
        files.add(() -> OutputFile.streamed("assets/search-index.js", out -> DataExports.searchIndex(tracker, out)));
        for (int i = 0; i < tracker.reviews().size(); i++) {
            int index = i;
            files.add(() -> page(reviewPath(tracker.reviews().get(index).year()), "review", "../",
                    messages.format("title.review", tracker.reviews().get(index).year()), review(index, "../")));
        }
        List<Integer> years = tracker.years();
        for (int from = 0; from < years.size(); from++) {
            for (int to = from + 1; to < years.size(); to++) {
                int fromYear = years.get(from);
                int toYear = years.get(to);
                files.add(() -> page(pairPath(fromYear, toYear), "pair", "../",
                        messages.format("title.pair", fromYear, toYear), pair(fromYear, toYear, "../")));
            }
        }
        files.add(() -> page("index.html", "home", "", tracker.settings().title(), home("")));
        for (Map.Entry<String, List<Recommendation>> owner : byOwner.entrySet()) {
            files.add(() -> page(ownerPath(owner.getKey()), "owner", "../", owner.getKey(),
                    owner(owner.getKey(), owner.getValue(), "../")));
        }
        for (Theme theme : tracker.vocabulary().themes()) {
            files.add(() -> page(themePath(theme), "theme", "../", theme.name(), theme(theme, "../")));
        }
        files.add(() -> page("compare.html", "compare", "", messages.text("title.compare"), compare("")));
        files.add(() -> page("search.html", "search", "", messages.text("title.search"), search("")));
        files.add(() -> OutputFile.streamed("data/recommendations.csv",
                out -> DataExports.csv(tracker, this::dataUrl, out)));
        files.add(() -> page("reviews.html", "reviews", "", messages.text("title.reviews"), reviews("")));
        files.add(() -> page("themes.html", "themes", "", messages.text("title.themes"), themes("")));
        files.add(() -> page("owners.html", "owners", "", messages.text("title.owners"), owners("")));
        files.add(() -> page("data.html", "data", "", messages.text("title.data"), data("")));
        files.add(() -> page("statuses.html", "statuses", "", messages.text("title.statuses"), definitions("")));
        files.add(() -> page("404.html", "not-found", "", messages.text("title.notFound"), new Object()));
        files.add(() -> OutputFile.text("feed.xml", Feeds.atom(tracker, countsPerYear, siteUrl, messages)));
        files.add(() -> new OutputFile("data/tracker.schema.json", resource(DataExports.SCHEMA_RESOURCE)));
        files.add(() -> OutputFile.text(".nojekyll", ""));
        for (String asset : ASSETS) {
            files.add(() -> new OutputFile("assets/" + asset, resource("/io/github/trackdown/assets/" + asset)));
        }
        files.add(() -> OutputFile.text("assets/statuses.css", Palette.styleSheet(tracker.vocabulary().statuses())));
        for (Recommendation recommendation : tracker.recommendations()) {
            files.add(() -> recommendationPage(recommendation));
        }
        return files;
    }

    private OutputFile recommendationPage(Recommendation recommendation) {
        return page(recommendationPath(recommendation), "recommendation", "../",
                recommendation.id() + ": " + recommendation.latest().title(), recommendation(recommendation, "../"));
    }

    private OutputFile page(String path, String template, String root, String title, Object view) {
        String inlineStyle = "";
        if (template.equals("not-found")) {
            // Served for a missing address at any depth: styled without a link, and linking absolutely when it can.
            inlineStyle = new String(resource("/io/github/trackdown/assets/style.css"), StandardCharsets.UTF_8)
                    + Palette.styleSheet(tracker.vocabulary().statuses());
            root = siteUrl;
        }
        String pageRoot = root;
        List<Views.LanguageLink> languages = alternates.stream().map(other -> new Views.LanguageLink(other.language(),
                other.name(), pageRoot + other.prefix() + (other.paths().contains(path) ? path : "index.html")))
                .toList();
        Views.Page layout = new Views.Page(tracker.settings().language(), title, tracker.settings().title(), root,
                nav(template, root), asOf(), tracker.settings().description(), tracker.settings().publisher(),
                messages.templateFunction(), languages, inlineStyle);
        if (cache == null) {
            // Written straight to its file as it renders: a large page is never held whole.
            return OutputFile.streamed(path, out -> templates.renderTo(out, template, layout, view));
        }
        byte[] reused = cache.page(path, template, layout, view);
        if (reused != null) {
            return new OutputFile(path, reused);
        }
        byte[] bytes = templates.renderUtf8(template, layout, view);
        cache.keepPage(path, template, layout, view, bytes);
        return new OutputFile(path, bytes);
    }

    /**
     * The same site in another language, for the language links of every page.
     *
     * @param language its language tag
     * @param name the language's name in that language
     * @param prefix the path from this site's root to that site's root, such as {@code cy/} or {@code ../}
     * @param paths every page of that site
     */
    public record Alternate(String language, String name, String prefix, Set<String> paths) {
    }

    /** Reuses the pages and Markdown of the previous build from the cache, and keeps this build's; none by default. */
    public void reuse(RenderCache previous) {
        this.cache = previous;
        markdown.reuse(previous);
    }

    /** Links every page to its counterpart in the given sites (or their home page); none by default. */
    public void languageLinks(List<Alternate> others) {
        this.alternates = List.copyOf(others);
    }

    /** This site as another site's alternate, reached from that site's root by {@code prefix}. */
    public Alternate alternate(String prefix) {
        return new Alternate(language(), messages.text("language.name"), prefix, Set.copyOf(pagePaths()));
    }

    /** The tracker's language tag. */
    public String language() {
        return tracker.settings().language();
    }

    /** The path of every HTML page {@link #render()} writes. */
    public List<String> pagePaths() {
        List<String> paths = new ArrayList<>(List.of("index.html", "reviews.html", "themes.html", "owners.html",
                "compare.html", "search.html", "data.html", "statuses.html", "404.html"));
        tracker.reviews().forEach(review -> paths.add(reviewPath(review.year())));
        tracker.recommendations().forEach(recommendation -> paths.add(recommendationPath(recommendation)));
        tracker.vocabulary().themes().forEach(theme -> paths.add(themePath(theme)));
        byOwner.keySet().forEach(owner -> paths.add(ownerPath(owner)));
        List<Integer> years = tracker.years();
        for (int from = 0; from < years.size(); from++) {
            for (int to = from + 1; to < years.size(); to++) {
                paths.add(pairPath(years.get(from), years.get(to)));
            }
        }
        return paths;
    }

    private List<Views.NavLink> nav(String template, String root) {
        return List.of(
                new Views.NavLink(messages.text("nav.overview"), root + "index.html", template.equals("home")),
                new Views.NavLink(messages.text("nav.reviews"), root + "reviews.html", template.equals("reviews")),
                new Views.NavLink(messages.text("nav.themes"), root + "themes.html", template.equals("themes")),
                new Views.NavLink(messages.text("nav.owners"), root + "owners.html", template.equals("owners")),
                new Views.NavLink(messages.text("nav.compare"), root + "compare.html", template.equals("compare")),
                new Views.NavLink(messages.text("nav.search"), root + "search.html", template.equals("search")),
                new Views.NavLink(messages.text("nav.data"), root + "data.html", template.equals("data")),
                new Views.NavLink(messages.text("nav.statuses"), root + "statuses.html", template.equals("statuses")));
    }

    private String asOf() {
        Review latest = tracker.latestReview();
        return messages.format("asOf", latest.year(), published(latest));
    }

    // Pages

    private Views.Home home(String root) {
        Review latest = tracker.latestReview();
        YearCounts counts = countsPerYear.get(countsPerYear.size() - 1);
        return new Views.Home(tracker.settings().description(), latest.year(), root + reviewPath(latest.year()),
                counts(counts, root), counts.total(),
                matrix("matrix", messages.text("home.matrixCaption"), r -> true, root, true, false),
                usedMarkers(), messages.plural("home.followedUp", counts.total(), Map.of("year", String.valueOf(latest.year()))),
                changes(latest.year(), root));
    }

    private Views.Reviews reviews(String root) {
        List<Views.ReviewLink> links = new ArrayList<>();
        for (int i = tracker.reviews().size() - 1; i >= 0; i--) {
            links.add(reviewLink(tracker.reviews().get(i), root));
        }
        return new Views.Reviews(links);
    }

    private Views.Review review(int index, String root) {
        Review review = tracker.reviews().get(index);
        YearCounts counts = countsPerYear.get(index);
        List<Views.ReviewRow> rows = new ArrayList<>();
        for (Assessment assessment : review.assessments()) {
            Recommendation recommendation = recommendationOf.get(assessment);
            Assessment previous = previousAssessment.get(assessment);
            rows.add(new Views.ReviewRow(assessment.id(), assessment.title(),
                    root + recommendationPath(recommendation), assessment.theme().name(),
                    label(assessment.status(), root),
                    marker(Comparisons.change(previous == null ? null : previous.status(), assessment.status()),
                            previous == null ? 0 : previous.year()),
                    assessment.outcome().name(), markdown.toHtml(assessment.comment(), root)));
        }
        Views.ReviewLink previous = index > 0 ? reviewLink(tracker.reviews().get(index - 1), root) : null;
        Views.ReviewLink next = index < tracker.reviews().size() - 1
                ? reviewLink(tracker.reviews().get(index + 1), root) : null;
        return new Views.Review(review.year(), review.title(), published(review),
                datetime(review), review.source(), markdown.toHtml(review.summary(), root),
                counts(counts, root), counts.total(), rows, previous, next,
                editHref(review.year() + "/" + ContentLoader.REVIEW_FILE),
                messages.plural("review.statusOf", counts.total(), Map.of()), changes(review.year(), root));
    }

    private Views.Recommendation recommendation(Recommendation recommendation, String root) {
        List<Assessment> years = recommendation.history();
        List<List<Views.DiffPart>> diffs = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            String before = i == 0 ? null : years.get(i - 1).wording().source();
            String after = years.get(i).wording().source();
            List<Views.DiffPart> diff = List.of();
            if (before != null && !WordingDiff.sameWords(before, after)) {
                WordingDiff wording = WordingDiff.between(before, after);
                if (!wording.unchanged()) {
                    diff = wording.parts().stream().map(part -> new Views.DiffPart(part.text(),
                            part.kind() == WordingDiff.Kind.SAME, part.kind() == WordingDiff.Kind.ADDED,
                            part.kind() == WordingDiff.Kind.REMOVED)).toList();
                }
            }
            diffs.add(diff);
        }
        List<Views.HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Assessment assessment = years.get(i);
            Assessment previous = i == 0 ? null : years.get(i - 1);
            Change change = Comparisons.change(previous == null ? null : previous.status(), assessment.status());
            boolean reworded = !diffs.get(i).isEmpty();
            // The wording is shown in the newest review, and in a review whose wording the next one changed: a
            // reader going down the history meets each wording once.
            boolean showWording = i == years.size() - 1 || !diffs.get(i + 1).isEmpty();
            history.add(0, new Views.HistoryEntry(assessment.year(), root + reviewPath(assessment.year()),
                    yearAnchor(assessment.year()), assessment.title(), assessment.theme().name(),
                    label(assessment.status(), root), marker(change, previous == null ? 0 : previous.year()),
                    assessment.outcome().name(), String.join("; ", assessment.owners()),
                    showWording ? markdown.toHtmlOnce(assessment.wording(), root) : "",
                    markdown.toHtml(assessment.comment(), root), previous == null ? 0 : previous.year(), reworded,
                    diffs.get(i)));
        }
        Assessment latest = recommendation.latest();
        return new Views.Recommendation(recommendation.id(), latest.title(), latest.theme().name(),
                root + themePath(latest.theme()), latest.owners(), label(latest.status(), root), latest.year(),
                history, editHref(latest.wording().file()));
    }

    private Views.Themes themes(String root) {
        List<Views.ThemeLink> links = new ArrayList<>();
        for (Theme theme : tracker.vocabulary().themes()) {
            int count = (int) tracker.recommendations().stream().filter(inTheme(theme)).count();
            links.add(new Views.ThemeLink(theme.name(), root + themePath(theme), theme.description(), count,
                    messages.recommendations(count)));
        }
        return new Views.Themes(links);
    }

    private Views.Theme theme(Theme theme, String root) {
        Predicate<Recommendation> members = inTheme(theme);
        return new Views.Theme(theme.name(), theme.description(), latestCounts(members, root),
                countsTable("theme-counts", messages.format("theme.countsCaption", theme.name()),
                        members, root),
                matrix("matrix", messages.format("theme.matrixCaption", theme.name()), members, root,
                        false, true));
    }

    private Views.Owners owners(String root) {
        List<Views.OwnerLink> links = new ArrayList<>();
        byOwner.forEach((owner, members) -> links.add(new Views.OwnerLink(owner, root + ownerPath(owner),
                members.size(), messages.recommendations(members.size()))));
        return new Views.Owners(links);
    }

    private Views.Owner owner(String owner, List<Recommendation> recommendations, String root) {
        Set<Recommendation> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(recommendations);
        Predicate<Recommendation> members = set::contains;
        return new Views.Owner(owner, latestCounts(members, root),
                countsTable("owner-counts", messages.format("owner.countsCaption", owner),
                        members, root),
                matrix("matrix", messages.format("owner.matrixCaption", owner), members, root,
                        false, true));
    }

    private Views.Compare compare(String root) {
        List<Views.Transitions> transitions = new ArrayList<>();
        List<Integer> years = tracker.years();
        for (int i = 1; i < years.size(); i++) {
            transitions.add(transitions("transitions-" + years.get(i - 1) + "-" + years.get(i),
                    Comparisons.transitions(tracker, years.get(i - 1), years.get(i)), root));
        }
        return new Views.Compare(countsTable("counts", messages.text("counts.caption"),
                r -> true, root), transitions, pairLinks(root));
    }

    private Views.Pair pair(int fromYear, int toYear, String root) {
        ReviewComparison comparison = Comparisons.compare(tracker, fromYear, toYear);
        List<Views.PairSection> sections = List.of(
                section("improved", "improved", comparison.improved(), fromYear, toYear, root),
                section("worsened", "worsened", comparison.worsened(), fromYear, toYear, root),
                section("firstAssessed", "first-assessed", comparison.firstAssessed(), fromYear, toYear, root),
                section("closed", "closed", comparison.closed(), fromYear, toYear, root),
                section("unchanged", "unchanged", comparison.unchanged(), fromYear, toYear, root),
                section("reworded", "reworded", comparison.reworded(), fromYear, toYear, root),
                section("dropped", "dropped", comparison.dropped(), fromYear, toYear, root),
                section("added", "added", comparison.added(), fromYear, toYear, root));
        return new Views.Pair(fromYear, toYear, root + reviewPath(fromYear), root + reviewPath(toYear), sections,
                transitions("transitions", comparison.transitions(), root), pairLinks(root));
    }

    private Views.Search search(String root) {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment latest = recommendation.latest();
            items.add(new Views.SearchItem(recommendation.id(), latest.title(), root + recommendationPath(recommendation),
                    label(latest.status(), root), latest.theme().name()));
        }
        return new Views.Search(items);
    }

    private Views.Data data(String root) {
        return new Views.Data(root + "data/recommendations.csv", root + "data/tracker.json",
                root + "data/tracker.schema.json", root + "feed.xml", DataExports.csvRows(tracker),
                DataExports.CSV_COLUMNS.stream().map(c -> new Views.DataColumn(c.name(),
                        messages.text("data.col." + c.name()))).toList());
    }

    private Views.Definitions definitions(String root) {
        List<Views.Definition> statuses = new ArrayList<>();
        for (Status status : tracker.vocabulary().statuses()) {
            String note = switch (status.kind()) {
                case UNASSESSED -> messages.text("statuses.unassessedNote");
                case CLOSED -> messages.text("statuses.closedNote");
                case SCALE -> "";
            };
            statuses.add(new Views.Definition(status.name(), "status-" + status.slug(), status.meaning(), note,
                    label(status, root)));
        }
        List<Views.Definition> outcomes = new ArrayList<>();
        for (Outcome outcome : tracker.vocabulary().outcomes()) {
            outcomes.add(new Views.Definition(outcome.name(), "outcome-" + outcome.slug(), outcome.meaning(),
                    outcome.removes() ? messages.text("statuses.removesNote") : "", null));
        }
        return new Views.Definitions(statuses, outcomes, legend());
    }

    // Shared pieces

    /**
     * A matrix row rendered with {@code matrix-row.mustache}. The theme and owner pages show every row again: with
     * {@code reuse}, a row is rendered once for all of them (and kept until the end of the build).
     */
    private String rowHtml(Views.MatrixRow row, String root, boolean reuse) {
        if (!reuse) {
            return templates.render("matrix-row", row);
        }
        return matrixRows.computeIfAbsent(root + row.href(), key -> templates.render("matrix-row", row));
    }

    private Views.Matrix matrix(String id, String caption, Predicate<Recommendation> members, String root,
            boolean withFilters, boolean reuseRows) {
        Map<Theme, List<Views.MatrixRow>> groups = new LinkedHashMap<>();
        tracker.vocabulary().themes().forEach(theme -> groups.put(theme, new ArrayList<>()));
        Set<String> owners = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int order = 0;
        for (MatrixRow row : matrix.rows()) {
            order++;
            if (!members.test(row.recommendation())) {
                continue;
            }
            List<Views.MatrixCell> cells = new ArrayList<>();
            int previousYear = 0;
            Change lastChange = null;
            for (MatrixCell cell : row.cells()) {
                if (cell.assessment() == null) {
                    cells.add(new Views.MatrixCell(cell.year(), null, null,
                            cell.removedEarlier() ? messages.text("matrix.noLongerFollowed") : messages.text("matrix.notInReview")));
                    continue;
                }
                cells.add(new Views.MatrixCell(cell.year(), label(cell.assessment().status(), root),
                        marker(cell.change(), previousYear), ""));
                previousYear = cell.year();
                lastChange = cell.change();
            }
            Assessment latest = row.recommendation().latest();
            owners.addAll(latest.owners());
            boolean changed = lastChange != null && lastChange != Change.UNCHANGED;
            groups.get(latest.theme()).add(new Views.MatrixRow(row.recommendation().id(), latest.title(),
                    root + recommendationPath(row.recommendation()), latest.theme().name(), latest.theme().slug(),
                    String.join("|", latest.owners().stream().map(this::ownerSlug).toList()),
                    latest.status().slug(), changed ? "yes" : "no", order, cells));
        }
        List<Views.MatrixGroup> grouped = new ArrayList<>();
        groups.forEach((theme, rows) -> {
            if (!rows.isEmpty()) {
                StringBuilder html = new StringBuilder();
                rows.forEach(row -> html.append(rowHtml(row, root, reuseRows)));
                grouped.add(new Views.MatrixGroup(theme.name(), rows, html.toString()));
            }
        });
        Views.MatrixFilters filters = null;
        if (withFilters) {
            filters = new Views.MatrixFilters(
                    tracker.vocabulary().themes().stream().map(t -> new Views.Option(t.slug(), t.name())).toList(),
                    owners.stream().map(o -> new Views.Option(ownerSlug(o), o)).toList(),
                    tracker.vocabulary().statuses().stream().map(s -> new Views.Option(s.slug(), s.name())).toList());
        }
        return new Views.Matrix(id, caption, matrix.years(), matrix.years().size() + 1, grouped, filters);
    }

    private Views.CountsTable countsTable(String id, String caption, Predicate<Recommendation> members, String root) {
        List<Status> statuses = tracker.vocabulary().statuses();
        List<YearCounts> perYear = new ArrayList<>();
        for (Review review : tracker.reviews()) {
            List<Assessment> assessments = review.assessments().stream()
                    .filter(a -> members.test(recommendationOf.get(a))).toList();
            perYear.add(Comparisons.counts(review.year(), assessments, statuses));
        }
        List<Views.CountsRow> rows = new ArrayList<>();
        for (int s = 0; s < statuses.size(); s++) {
            List<Views.Count> cells = new ArrayList<>();
            for (YearCounts year : perYear) {
                StatusCount count = year.counts().get(s);
                cells.add(new Views.Count(label(count.status(), root), count.count(), count.percent()));
            }
            rows.add(new Views.CountsRow(label(statuses.get(s), root), cells));
        }
        String chart = StackedBarChart.svg(id + "-chart", caption, perYear, statuses, messages.text("counts.none"));
        return new Views.CountsTable(id, caption, tracker.years(), rows,
                perYear.stream().map(YearCounts::total).toList(), chart);
    }

    private List<Views.Count> latestCounts(Predicate<Recommendation> members, String root) {
        Review latest = tracker.latestReview();
        List<Assessment> assessments = latest.assessments().stream()
                .filter(a -> members.test(recommendationOf.get(a))).toList();
        return counts(Comparisons.counts(latest.year(), assessments, tracker.vocabulary().statuses()), root);
    }

    private Views.Transitions transitions(String id, TransitionTable table, String root) {
        List<String> columns = new ArrayList<>();
        table.statuses().forEach(s -> columns.add(s.name()));
        columns.add(messages.format("transitions.notIn", table.toYear()));
        List<Views.TransitionRow> rows = new ArrayList<>();
        for (List<TransitionTable.Cell> row : table.cells()) {
            int total = row.stream().mapToInt(TransitionTable.Cell::count).sum();
            if (total == 0) {
                continue;
            }
            TransitionTable.Cell first = row.get(0);
            String label = first.from() == null ? messages.format("transitions.notIn", table.fromYear()) : first.from().name();
            List<Views.TransitionCell> cells = row.stream().map(cell -> new Views.TransitionCell(cell.count(),
                    cell.recommendations().stream().map(r -> new Views.RecommendationLink(r.id(), r.latest().title(),
                            root + recommendationPath(r))).toList())).toList();
            rows.add(new Views.TransitionRow(label, cells, total));
        }
        return new Views.Transitions(id, messages.format("transitions.caption", table.fromYear(), table.toYear(),
                table.total()), table.fromYear(), table.toYear(), columns, rows, table.total());
    }

    private Views.PairSection section(String key, String anchor, List<Recommendation> recommendations, int fromYear,
            int toYear, String root) {
        String heading = messages.text("pair." + key);
        String description = messages.format("pair." + key + "Text", fromYear, toYear);
        List<Views.PairItem> items = new ArrayList<>();
        for (Recommendation recommendation : recommendations) {
            Assessment from = recommendation.in(fromYear);
            Assessment to = recommendation.in(toYear);
            items.add(new Views.PairItem(recommendation.id(), (to != null ? to : from).title(),
                    root + recommendationPath(recommendation), from == null ? null : label(from.status(), root),
                    to == null ? null : label(to.status(), root)));
        }
        return new Views.PairSection(heading + " (" + items.size() + ")", anchor, description, items);
    }

    private List<Views.PairLink> pairLinks(String root) {
        List<Views.PairLink> links = new ArrayList<>();
        List<Integer> years = tracker.years();
        for (int from = 0; from < years.size(); from++) {
            for (int to = from + 1; to < years.size(); to++) {
                links.add(new Views.PairLink(years.get(from), years.get(to),
                        root + pairPath(years.get(from), years.get(to))));
            }
        }
        return links;
    }

    /** The address of a content file in GitHub's web editor, or empty when no repository is named. */
    private String editHref(String contentFile) {
        return tracker.settings().repository() == null ? "" : tracker.settings().repository().editUrl(contentFile);
    }

    private List<Views.Count> counts(YearCounts counts, String root) {
        return counts.counts().stream().filter(c -> c.count() > 0)
                .map(c -> new Views.Count(label(c.status(), root), c.count(), c.percent())).toList();
    }

    private Views.ReviewLink reviewLink(Review review, String root) {
        return new Views.ReviewLink(review.year(), review.title(), root + reviewPath(review.year()),
                published(review), review.assessments().size(),
                messages.recommendations(review.assessments().size()));
    }

    /** What the review of a year decided and changed since the one before, for the top of its pages. */
    private Views.Changes changes(int year, String root) {
        ReviewChanges changes = ReviewChanges.of(tracker, year);
        List<Views.OutcomeTotal> outcomes = changes.outcomes().stream()
                .map(group -> new Views.OutcomeTotal(group.outcome().name(), group.recommendations().size()))
                .toList();
        List<Views.ChangeLine> lines = new ArrayList<>();
        if (!changes.renamed().isEmpty()) {
            lines.add(new Views.ChangeLine(messages.text("changes.renamed"), changes.renamed().stream()
                    .map(r -> item(r.recommendation(), year, root,
                            messages.format("changes.was", r.before()))).toList()));
        }
        if (!changes.removed().isEmpty()) {
            lines.add(new Views.ChangeLine(messages.text("changes.removed"), changes.removed().stream()
                    .map(r -> item(r, year, root, "")).toList()));
        }
        for (ReviewChanges.Move move : changes.moves()) {
            lines.add(new Views.ChangeLine(messages.format("changes.moved", move.from().name(), move.to().name()),
                    move.recommendations().stream().map(r -> item(r, year, root, "")).toList()));
        }
        return new Views.Changes(outcomes, lines, changes.previousYear());
    }

    private Views.ChangeItem item(Recommendation recommendation, int year, String root, String note) {
        return new Views.ChangeItem(recommendation.id(), recommendation.in(year).title(),
                root + recommendationPath(recommendation), note);
    }

    /** The review's publication date as readers see it: "July 2024" when only the month is known. */
    private String published(Review review) {
        return review.publishedMonthOnly() ? months.format(review.published()) : dates.format(review.published());
    }

    /** The publication date for {@code <time datetime>}: {@code 2024-07} when only the month is known. */
    private static String datetime(Review review) {
        return review.publishedMonthOnly() ? java.time.YearMonth.from(review.published()).toString()
                : review.published().toString();
    }

    /**
     * A status label, with its HTML rendered by {@code status-label.mustache} once per status and page depth: the
     * site shows the same few labels tens of thousands of times.
     */
    private Views.StatusLabel label(Status status, String root) {
        return labels.computeIfAbsent(root + "#" + status.slug(), key -> {
            Views.StatusLabel label = new Views.StatusLabel(status.name(), status.slug(),
                    root + "statuses.html#status-" + status.slug(), "");
            return new Views.StatusLabel(label.name(), label.slug(), label.href(),
                    templates.render("status-label", label));
        });
    }

    /** A change marker, with its HTML rendered by {@code change-marker.mustache} and {@code change-text.mustache} once. */
    private Views.ChangeMarker marker(Change change, int sinceYear) {
        return markers.computeIfAbsent(change.slug() + "#" + sinceYear, key -> {
            String since = change == Change.NEW || sinceYear == 0 ? "" : messages.format("change.since", sinceYear);
            Views.ChangeMarker marker = new Views.ChangeMarker(change.symbol(), messages.text(change.messageKey()),
                    change.slug(), since, "", "");
            return new Views.ChangeMarker(marker.symbol(), marker.label(), marker.slug(), marker.since(),
                    templates.render("change-marker", marker), templates.render("change-text", marker));
        });
    }

    private List<Views.ChangeMarker> legend() {
        return Arrays.stream(Change.values()).map(c -> marker(c, 0)).toList();
    }

    /** The change markers the status matrix uses, in the order of the full legend. */
    private List<Views.ChangeMarker> usedMarkers() {
        Set<Change> used = EnumSet.noneOf(Change.class);
        for (MatrixRow row : matrix.rows()) {
            for (MatrixCell cell : row.cells()) {
                if (cell.change() != null) {
                    used.add(cell.change());
                }
            }
        }
        return used.stream().map(c -> marker(c, 0)).toList();
    }

    private static Predicate<Recommendation> inTheme(Theme theme) {
        return recommendation -> recommendation.latest().theme().equals(theme);
    }

    private String dataUrl(Assessment assessment) {
        return siteUrl + sectionPath(recommendationOf.get(assessment), assessment.year());
    }

    private String ownerSlug(String owner) {
        return ownerSlugs.get(owner.toLowerCase(Locale.ROOT));
    }

    private String ownerPath(String owner) {
        return "owners/" + ownerSlug(owner) + ".html";
    }

    // Paths inside the site

    /** The page of a review year. */
    public static String reviewPath(int year) {
        return "reviews/" + year + ".html";
    }

    /** The page of a recommendation. */
    public static String recommendationPath(Recommendation recommendation) {
        return "recommendations/" + recommendation.slug() + ".html";
    }

    /** The section of a recommendation's page for one review year. */
    public static String sectionPath(Recommendation recommendation, int year) {
        return recommendationPath(recommendation) + "#" + yearAnchor(year);
    }

    /** The page of a theme. */
    public static String themePath(Theme theme) {
        return "themes/" + theme.slug() + ".html";
    }

    /** The page comparing two reviews. */
    public static String pairPath(int fromYear, int toYear) {
        return "compare/" + fromYear + "-" + toYear + ".html";
    }

    /** Where a file beside the Markdown files is published. */
    public static String attachmentPath(String contentPath) {
        return "files/" + contentPath;
    }

    private static String yearAnchor(int year) {
        return "review-" + year;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
