package io.github.trackdown.render;

import io.github.trackdown.compare.Change;
import io.github.trackdown.compare.Comparisons;
import io.github.trackdown.compare.StatusCount;
import io.github.trackdown.compare.StatusMatrix;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders a checked {@link Tracker} into the files of the site, with relative links only.
 *
 * <p>Pages: the home page ({@code index.html}), one per review ({@code reviews/YEAR.html}) and their list
 * ({@code reviews.html}), one per recommendation ({@code recommendations/ID.html}), one per theme
 * ({@code themes/SLUG.html}) and their list ({@code themes.html}), the counts compared across years
 * ({@code compare.html}), the definitions of statuses and outcomes ({@code statuses.html}) and {@code 404.html};
 * plus the style sheets and {@code .nojekyll}. The same tracker always gives the same bytes.
 */
public final class SiteRenderer {

    private static final String[] ASSETS = {"style.css"};

    private final Tracker tracker;
    private final Templates templates;
    private final MarkdownRenderer markdown;
    private final DateTimeFormatter dates;
    private final StatusMatrix matrix;
    private final List<YearCounts> countsPerYear;
    private final Map<String, String> pageOfContentFile = new HashMap<>();
    /** Each assessment's recommendation and the assessment of the review before, by identity: no scans. */
    private final Map<Assessment, Recommendation> recommendationOfAssessment = new IdentityHashMap<>();
    private final Map<Assessment, Assessment> previousAssessment = new IdentityHashMap<>();

    /**
     * Prepares to render a tracker.
     *
     * @param tracker the checked tracker
     * @param templates the shared template factory
     * @param allowRawHtml whether HTML written in Markdown is passed through; defaults to {@code false}
     * @param displayName the name of a content path in messages
     * @param problems where broken links between content files are reported
     */
    public SiteRenderer(Tracker tracker, Templates templates, boolean allowRawHtml,
            Function<String, String> displayName, Problems problems) {
        this.tracker = tracker;
        this.templates = templates;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(tracker.settings().language()));
        this.matrix = Comparisons.matrix(tracker);
        this.countsPerYear = Comparisons.countsPerYear(tracker);
        for (Review review : tracker.reviews()) {
            pageOfContentFile.put(review.year() + "/" + ContentLoader.REVIEW_FILE, reviewPath(review.year()));
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment before = null;
            for (Assessment assessment : recommendation.history()) {
                recommendationOfAssessment.put(assessment, recommendation);
                if (before != null) {
                    previousAssessment.put(assessment, before);
                }
                before = assessment;
                pageOfContentFile.put(assessment.wording().file(),
                        recommendationPath(recommendation) + "#" + yearAnchor(assessment.year()));
            }
        }
        for (String attachment : tracker.attachments()) {
            pageOfContentFile.put(attachment, attachmentPath(attachment));
        }
        this.markdown = new MarkdownRenderer(allowRawHtml, pageOfContentFile::get, displayName, problems);
    }

    /** Renders every file of the site, in a fixed order, using every core. */
    public List<OutputFile> render() {
        convertComments();
        return pages().parallelStream().map(Supplier::get).toList();
    }

    /**
     * Renders every file of the site, using every core, and hands each to {@code sink} as soon as it is ready,
     * so that the whole site need not be held in memory. The sink is called from several threads, in no order.
     */
    public void render(Consumer<OutputFile> sink) {
        convertComments();
        pages().parallelStream().map(Supplier::get).forEach(sink);
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

    /** Every file of the site, in a fixed order, each rendered when asked for. */
    private List<Supplier<OutputFile>> pages() {
        List<Supplier<OutputFile>> files = new ArrayList<>();
        files.add(() -> OutputFile.text(".nojekyll", ""));
        for (String asset : ASSETS) {
            files.add(() -> new OutputFile("assets/" + asset, resource("/io/github/trackdown/assets/" + asset)));
        }
        files.add(() -> OutputFile.text("assets/statuses.css", Palette.styleSheet(tracker.vocabulary().statuses())));
        files.add(() -> page("index.html", "home", "", tracker.settings().title(), home("")));
        files.add(() -> page("reviews.html", "reviews", "", "Reviews", reviews("")));
        for (int i = 0; i < tracker.reviews().size(); i++) {
            int index = i;
            files.add(() -> page(reviewPath(tracker.reviews().get(index).year()), "review", "../",
                    tracker.reviews().get(index).year() + " review", review(index, "../")));
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            files.add(() -> recommendationPage(recommendation));
        }
        files.add(() -> page("themes.html", "themes", "", "Themes", themes("")));
        for (Theme theme : tracker.vocabulary().themes()) {
            files.add(() -> page(themePath(theme), "theme", "../", theme.name(), theme(theme, "../")));
        }
        files.add(() -> page("compare.html", "compare", "", "Compare reviews", compare("")));
        files.add(() -> page("statuses.html", "statuses", "", "Statuses and outcomes", definitions("")));
        files.add(() -> page("404.html", "not-found", "", "Page not found", new Object()));
        return files;
    }

    private OutputFile recommendationPage(Recommendation recommendation) {
        return page(recommendationPath(recommendation), "recommendation", "../",
                recommendation.id() + ": " + recommendation.latest().title(), recommendation(recommendation, "../"));
    }

    private OutputFile page(String path, String template, String root, String title, Object view) {
        Views.Page layout = new Views.Page(tracker.settings().language(), title, tracker.settings().title(), root,
                nav(template, root), asOf(), tracker.settings().description(), tracker.settings().publisher());
        return new OutputFile(path, templates.renderUtf8(template, layout, view));
    }

    private List<Views.NavLink> nav(String template, String root) {
        return List.of(
                new Views.NavLink("Overview", root + "index.html", template.equals("home")),
                new Views.NavLink("Reviews", root + "reviews.html", template.equals("reviews")),
                new Views.NavLink("Themes", root + "themes.html", template.equals("themes")),
                new Views.NavLink("Compare", root + "compare.html", template.equals("compare")),
                new Views.NavLink("Statuses", root + "statuses.html", template.equals("statuses")));
    }

    private String asOf() {
        Review latest = tracker.latestReview();
        return "As of the " + latest.year() + " review, published " + dates.format(latest.published()) + ".";
    }

    // Pages

    private Views.Home home(String root) {
        Review latest = tracker.latestReview();
        YearCounts counts = countsPerYear.get(countsPerYear.size() - 1);
        return new Views.Home(tracker.settings().description(), latest.year(), root + reviewPath(latest.year()),
                counts(counts, root), counts.total(),
                matrix("Status of every recommendation in each review", tracker.recommendations(), root),
                usedMarkers());
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
            Recommendation recommendation = recommendationOf(assessment);
            rows.add(new Views.ReviewRow(assessment.id(), assessment.title(),
                    root + recommendationPath(recommendation), assessment.theme().name(),
                    label(assessment.status(), root), marker(changeOf(recommendation, assessment), previousYear(recommendation, assessment)),
                    assessment.outcome().name(), markdown.toHtml(assessment.comment(), root)));
        }
        Views.ReviewLink previous = index > 0 ? reviewLink(tracker.reviews().get(index - 1), root) : null;
        Views.ReviewLink next = index < tracker.reviews().size() - 1
                ? reviewLink(tracker.reviews().get(index + 1), root) : null;
        return new Views.Review(review.year(), review.title(), dates.format(review.published()),
                review.published().toString(), review.source(), markdown.toHtml(review.summary(), root),
                counts(counts, root), counts.total(), rows, previous, next);
    }

    private Views.Recommendation recommendation(Recommendation recommendation, String root) {
        List<Views.HistoryEntry> history = new ArrayList<>();
        Assessment previous = null;
        for (Assessment assessment : recommendation.history()) {
            Change change = Comparisons.change(previous == null ? null : previous.status(), assessment.status());
            history.add(0, new Views.HistoryEntry(assessment.year(), root + reviewPath(assessment.year()),
                    yearAnchor(assessment.year()), assessment.title(), assessment.theme().name(),
                    label(assessment.status(), root), marker(change, previous == null ? 0 : previous.year()),
                    assessment.outcome().name(), String.join("; ", assessment.owners()),
                    markdown.toHtmlOnce(assessment.wording(), root), markdown.toHtml(assessment.comment(), root)));
            previous = assessment;
        }
        Assessment latest = recommendation.latest();
        return new Views.Recommendation(recommendation.id(), latest.title(), latest.theme().name(),
                root + themePath(latest.theme()), latest.owners(), label(latest.status(), root), latest.year(),
                history);
    }

    private Views.Themes themes(String root) {
        List<Views.ThemeLink> links = new ArrayList<>();
        for (Theme theme : tracker.vocabulary().themes()) {
            links.add(new Views.ThemeLink(theme.name(), root + themePath(theme), theme.description(),
                    inTheme(theme).size()));
        }
        return new Views.Themes(links);
    }

    private Views.Theme theme(Theme theme, String root) {
        List<Recommendation> members = inTheme(theme);
        List<Assessment> latest = members.stream().map(Recommendation::latest)
                .filter(a -> a.year() == tracker.latestReview().year()).toList();
        YearCounts counts = Comparisons.counts(tracker.latestReview().year(), latest, tracker.vocabulary().statuses());
        return new Views.Theme(theme.name(), theme.description(), counts(counts, root),
                matrix("Status of the " + theme.name() + " recommendations in each review", members, root));
    }

    private Views.Compare compare(String root) {
        List<Views.CountsRow> rows = new ArrayList<>();
        List<Status> statuses = tracker.vocabulary().statuses();
        for (int s = 0; s < statuses.size(); s++) {
            List<Views.Count> cells = new ArrayList<>();
            for (YearCounts year : countsPerYear) {
                StatusCount count = year.counts().get(s);
                cells.add(new Views.Count(label(count.status(), root), count.count(), count.percent()));
            }
            rows.add(new Views.CountsRow(label(statuses.get(s), root), cells));
        }
        String chart = StackedBarChart.svg("counts-chart", "Recommendations by status in each review",
                countsPerYear, statuses);
        return new Views.Compare(tracker.years(), rows, countsPerYear.stream().map(YearCounts::total).toList(), chart);
    }

    private Views.Definitions definitions(String root) {
        List<Views.Definition> statuses = new ArrayList<>();
        for (Status status : tracker.vocabulary().statuses()) {
            String note = switch (status.kind()) {
                case UNASSESSED -> "Given when a recommendation is first made; not a step of progress.";
                case CLOSED -> "Ends the follow-up of a recommendation.";
                case SCALE -> "";
            };
            statuses.add(new Views.Definition(status.name(), "status-" + status.slug(), status.meaning(), note,
                    label(status, root)));
        }
        List<Views.Definition> outcomes = new ArrayList<>();
        for (Outcome outcome : tracker.vocabulary().outcomes()) {
            outcomes.add(new Views.Definition(outcome.name(), "outcome-" + outcome.slug(), outcome.meaning(),
                    outcome.removes() ? "The recommendation is not followed in later reviews." : "", null));
        }
        return new Views.Definitions(statuses, outcomes, legend());
    }

    // Shared pieces

    private Views.Matrix matrix(String caption, List<Recommendation> recommendations, String root) {
        List<Views.MatrixRow> rows = new ArrayList<>();
        java.util.Set<Recommendation> members = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        members.addAll(recommendations);
        for (io.github.trackdown.compare.MatrixRow row : matrix.rows()) {
            if (!members.contains(row.recommendation())) {
                continue;
            }
            List<Views.MatrixCell> cells = new ArrayList<>();
            int previousYear = 0;
            for (io.github.trackdown.compare.MatrixCell cell : row.cells()) {
                if (cell.assessment() == null) {
                    cells.add(new Views.MatrixCell(cell.year(), null, null,
                            cell.removedEarlier() ? "No longer followed" : "Not in this review"));
                    continue;
                }
                cells.add(new Views.MatrixCell(cell.year(), label(cell.assessment().status(), root),
                        marker(cell.change(), previousYear), ""));
                previousYear = cell.year();
            }
            Assessment latest = row.recommendation().latest();
            rows.add(new Views.MatrixRow(row.recommendation().id(), latest.title(),
                    root + recommendationPath(row.recommendation()), latest.theme().name(), cells));
        }
        return new Views.Matrix("matrix", caption, matrix.years(), rows);
    }

    private List<Views.Count> counts(YearCounts counts, String root) {
        return counts.counts().stream().filter(c -> c.count() > 0)
                .map(c -> new Views.Count(label(c.status(), root), c.count(), c.percent())).toList();
    }

    private Views.ReviewLink reviewLink(Review review, String root) {
        return new Views.ReviewLink(review.year(), review.title(), root + reviewPath(review.year()),
                dates.format(review.published()), review.assessments().size());
    }

    private static Views.StatusLabel label(Status status, String root) {
        return new Views.StatusLabel(status.name(), status.slug(), root + "statuses.html#status-" + status.slug());
    }

    private static Views.ChangeMarker marker(Change change, int sinceYear) {
        String since = change == Change.NEW || sinceYear == 0 ? "" : "since " + sinceYear;
        return new Views.ChangeMarker(change.symbol(), change.label(), change.slug(), since);
    }

    private static List<Views.ChangeMarker> legend() {
        return Arrays.stream(Change.values()).map(c -> marker(c, 0)).toList();
    }

    /** The change markers the status matrix uses, in the order of the full legend. */
    private List<Views.ChangeMarker> usedMarkers() {
        java.util.Set<Change> used = java.util.EnumSet.noneOf(Change.class);
        for (io.github.trackdown.compare.MatrixRow row : matrix.rows()) {
            for (io.github.trackdown.compare.MatrixCell cell : row.cells()) {
                if (cell.change() != null) {
                    used.add(cell.change());
                }
            }
        }
        return used.stream().map(c -> marker(c, 0)).toList();
    }

    private Change changeOf(Recommendation recommendation, Assessment assessment) {
        Assessment before = previousAssessment.get(assessment);
        return Comparisons.change(before == null ? null : before.status(), assessment.status());
    }

    private int previousYear(Recommendation recommendation, Assessment assessment) {
        Assessment before = previousAssessment.get(assessment);
        return before == null ? 0 : before.year();
    }

    private Recommendation recommendationOf(Assessment assessment) {
        Recommendation recommendation = recommendationOfAssessment.get(assessment);
        if (recommendation == null) {
            throw new IllegalStateException("no recommendation holds " + assessment.id());
        }
        return recommendation;
    }

    private List<Recommendation> inTheme(Theme theme) {
        return tracker.recommendations().stream().filter(r -> r.latest().theme().equals(theme)).toList();
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

    /** The page of a theme. */
    public static String themePath(Theme theme) {
        return "themes/" + theme.slug() + ".html";
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
