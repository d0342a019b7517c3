package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.compare.TrackerComparison;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.report.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Renders a compared tracker into the files of the site, with relative links only: every file of every
 * {@linkplain Outputs#ALL output} — the pages of the {@link SitePlan}, the data files, the feed, the sitemap, the
 * assets. The same tracker always gives the same bytes.
 */
public final class SiteRenderer {

    private final Site site;

    /**
     * Prepares to render a tracker.
     *
     * @param comparison the compared tracker
     * @param templates the shared template factory
     * @param allowRawHtml whether HTML written in Markdown is passed through; defaults to {@code false}
     * @param siteUrl the site's public address, or empty when unknown (the default)
     * @param contentFolder the content folder, where the files beside the Markdown files are read from
     * @param displayName the name of a content path in messages
     * @param problems where a file that cannot be read is reported
     */
    public SiteRenderer(TrackerComparison comparison, Templates templates, boolean allowRawHtml, String siteUrl,
            Path contentFolder, Function<String, String> displayName, Problems problems) {
        this.site = new Site(comparison, templates, allowRawHtml, siteUrl, contentFolder, displayName, problems);
        site.plan = new SitePlan(site, new PageViews(site, new Parts(site)));
    }

    /** Renders every file of the site, using every core; the files are sorted by path. */
    public List<OutputFile> render() {
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        render(files::add);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return sorted;
    }

    /**
     * Renders every file of the site, using every core, and hands each to {@code sink} as soon as it is ready, so
     * that the whole site need not be held in memory. The sink is called from several threads, in no fixed order.
     */
    public void render(Consumer<OutputFile> sink) {
        // Every progress comment is shown on its recommendation's page and in its review's table: converted first,
        // in equal pieces of work, the review pages then only look them up.
        site.tracker.recommendations().parallelStream().forEach(recommendation -> recommendation.history()
                .forEach(assessment -> site.markdown.toHtml(assessment.comment(), "../", site.markdownForms)));
        // The open data table too, on every core, rather than by whichever data file comes first while the other
        // waits for it; its comments in plain form come from the same reading of the Markdown as their HTML.
        site.dataTable();
        List<Supplier<OutputFile>> files = new ArrayList<>();
        Outputs.ALL.forEach(output -> files.addAll(output.files(site)));
        // Each core takes the next file of the list when it is done with one: the large ones, first in the list,
        // are spread over the cores, and the many small ones fill the gaps.
        AtomicInteger next = new AtomicInteger();
        int workers = ForkJoinPool.getCommonPoolParallelism() + 1;
        IntStream.range(0, workers).parallel().forEach(worker -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                OutputFile file = files.get(i).get();
                if (file != null) {
                    sink.accept(file);
                }
            }
        });
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
        site.cache = previous;
        site.markdown.reuse(previous);
    }

    /**
     * Names, in every page's header, the portfolio this tracker is a report of, linked; none by default.
     *
     * @param title the portfolio's title
     * @param home the path from this site's root to the portfolio's home page, such as {@code ../index.html}
     */
    public void partOf(String title, String home) {
        site.partOf = new PartViews.NavLink(title, home, false);
    }

    /**
     * Points links that leave the content folder at pages beside the site, as {@link MarkdownRenderer#pagesBeyond}
     * says; by default they are left as written.
     */
    public void pagesBeyond(BiFunction<String, String, String> pageBeyond) {
        site.markdown.pagesBeyond(pageBeyond);
    }

    /** Links every page to its counterpart in the given sites (or their home page); none by default. */
    public void languageLinks(List<Alternate> others) {
        site.alternates = List.copyOf(others);
    }

    /** This site as another site's alternate, reached from that site's root by {@code prefix}. */
    public Alternate alternate(String prefix) {
        return new Alternate(language(), site.messages.text("language.name"), prefix, Set.copyOf(site.plan.paths()));
    }

    /** The site's open data table (the rows of its CSV file and spreadsheet), built once however often asked for. */
    public DataTable dataTable() {
        return site.dataTable();
    }

    /** The tracker's language tag. */
    public String language() {
        return site.language();
    }

    /** The path of every HTML page {@link #render()} writes. */
    public List<String> pagePaths() {
        return site.plan.paths();
    }
}
