package io.github.trackdown.browser;

import io.github.trackdown.BuildReport;
import io.github.trackdown.ManyYearTracker;
import io.github.trackdown.SiteLinks;
import io.github.trackdown.Trackdown;
import io.github.trackdown.model.Tracker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site built once per test run into {@code target/browser-sites/NAME}, for the browser and HTML checks.
 *
 * @param name a short name, used in folder and screenshot names
 * @param folder the built site
 * @param tracker the tracker it was built from
 * @param recommendationPage a recommendation page with some history, relative to the site
 * @param reviewPage a review page, relative to the site
 */
public record BuiltSite(String name, Path folder, Tracker tracker, String recommendationPage, String reviewPage) {

    private static final Path SITES = Path.of("target", "browser-sites").toAbsolutePath();

    private static BuiltSite osr;
    private static BuiltSite manyYears;

    /** The OSR tracker of {@code site-content}. */
    public static synchronized BuiltSite osr() {
        if (osr == null) {
            osr = build("osr", Path.of("..", "site-content", "src", "tracker"), "recommendations/r7.html");
        }
        return osr;
    }

    /** The {@link ManyYearTracker}. */
    public static synchronized BuiltSite manyYears() {
        if (manyYears == null) {
            Path content = ManyYearTracker.write(SITES.resolve("many-years-content"));
            manyYears = build("many-years", content, "recommendations/r3.html");
        }
        return manyYears;
    }

    private static BuiltSite build(String name, Path content, String recommendationPage) {
        Path folder = SITES.resolve(name);
        try {
            BuildReport report = Trackdown.builder().contentDirectory(content).outputDirectory(folder).build().build();
            Tracker tracker = report.tracker();
            return new BuiltSite(name, folder, tracker, recommendationPage,
                    "reviews/" + tracker.latestReview().year() + ".html");
        } catch (Exception e) {
            throw new IllegalStateException("the " + name + " site does not build", e);
        }
    }

    /** Every HTML page of the site, relative to it, with {@code /} separators, sorted. */
    public List<String> htmlPages() {
        return SiteLinks.htmlPages(folder).stream().map(p -> folder.relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
    }

    /**
     * One page of every kind the site has: each page at its top, and one page of each of its folders (the chosen
     * recommendation and review pages for theirs), so that a new kind of page is covered without listing it here.
     */
    public List<String> pageTypes() {
        Map<String, String> pageOfKind = new LinkedHashMap<>();
        for (String page : htmlPages()) {
            int slash = page.indexOf('/');
            pageOfKind.putIfAbsent(slash < 0 ? page : page.substring(0, slash + 1), page);
        }
        pageOfKind.put("recommendations/", recommendationPage);
        pageOfKind.put("reviews/", reviewPage);
        return List.copyOf(pageOfKind.values());
    }

    @Override
    public String toString() {
        return name;
    }
}
