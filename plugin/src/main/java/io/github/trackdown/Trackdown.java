package io.github.trackdown;

import com.github.mustachejava.MustacheException;
import io.github.trackdown.internal.check.LinkChecker;
import io.github.trackdown.internal.content.FileStamps;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.internal.render.RenderCache;
import io.github.trackdown.internal.render.SiteRenderer;
import io.github.trackdown.internal.render.Templates;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import io.github.trackdown.internal.scaffold.Scaffolder;
import io.github.trackdown.internal.write.AssetFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The Trackdown engine: builds a tracker's website from its content folder.
 *
 * <p>A build runs in stages, each visible in {@link #build()}: <b>load</b> the files, <b>check</b> them and build
 * the <b>model</b>, <b>compare</b> the reviews, <b>render</b> every file of the site, and <b>write</b> them. Every
 * content mistake is collected and reported at once in a {@link ContentException}; the output folder is only
 * touched when the whole site rendered.
 *
 * <p>Beside {@code tracker.yml}, a {@code templates/} folder overrides built-in templates by name and an
 * {@code assets/} folder is published as it is under the site's {@code assets/}.
 *
 * <pre>{@code
 * BuildReport report = Trackdown.builder()
 *         .contentDirectory(Path.of("src/tracker"))
 *         .outputDirectory(Path.of("target/site"))
 *         .build()
 *         .build();
 * }</pre>
 */
public final class Trackdown {

    /** The folder beside {@code tracker.yml} whose templates replace the built-in ones of the same name. */
    public static final String TEMPLATES_FOLDER = "templates";

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final Path projectDirectory;
    private final boolean strict;
    private final boolean allowRawHtml;
    private final String siteUrl;
    private final ContentStage content;
    /** What the last {@link #render()} of each content folder rendered, for the next to reuse. */
    private final Map<Path, RenderCache> renderCaches = new ConcurrentHashMap<>();
    /** The check a build may reuse instead of reading and checking the content again; from the builder. */
    private final CheckedContent checkedBefore;
    /** What this engine's last successful check found. */
    private volatile CheckedContent checked;
    /** The reports and cross-report pages when the content folder is a portfolio; {@code null} for one tracker. */
    private final PortfolioBuild portfolio;
    /** The built-in templates a portfolio shares between its reports; {@code null} (the default) for new ones. */
    volatile Templates sharedTemplates;
    /** Told of the tracker's own site before it renders, for a portfolio's combined data; none by default. */
    volatile Consumer<SiteRenderer> onSite;
    /**
     * Given each link of the tracker's Markdown that leaves its content folder, for a portfolio to check against its
     * other reports; {@code null} (the default) to report such a link as broken.
     */
    volatile Consumer<LinkChecker.LinkBeyond> linksBeyond;

    private Trackdown(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.projectDirectory = builder.projectDirectory.toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory == null ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        this.strict = builder.strict;
        this.allowRawHtml = builder.allowRawHtml;
        this.siteUrl = builder.siteUrl;
        this.checkedBefore = builder.checkedBefore;
        this.content = new ContentStage(contentDirectory, projectDirectory, builder.drafts);
        this.portfolio = PortfolioBuild.isPortfolio(contentDirectory) ? new PortfolioBuild(contentDirectory,
                projectDirectory, strict, allowRawHtml, siteUrl, builder.drafts) : null;
    }

    /** Starts configuring an engine. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads and checks the content without writing anything.
     *
     * @throws ContentException when the content has errors (or warnings, when strict)
     */
    public BuildReport check() throws ContentException {
        if (portfolio != null) {
            return portfolio.check(found -> checked = found);
        }
        if (Files.isDirectory(contentDirectory.resolve(TEMPLATES_FOLDER))) {
            // A template of the tracker's own may use a value no page has: only rendering every page shows it.
            RenderedSite site = render();
            return new BuildReport(site.tracker(), site.warnings(), 0, false);
        }
        Problems problems = new Problems();
        FileStamps before = FileStamps.of(List.of(contentDirectory));
        Checked found = loadAndCheck(problems, false);
        AssetFolder.read(contentDirectory.resolve(AssetFolder.NAME),
                file -> displayName(contentDirectory.relativize(file).toString()), problems);
        failOnProblems(problems);
        List<Path> folders = CheckedContent.stampedFolders(contentDirectory, found.translations().keySet());
        FileStamps stamps = before.plus(FileStamps.of(folders.subList(1, folders.size())));
        checked = new CheckedContent(contentDirectory, projectDirectory, folders, stamps, found, problems.sorted());
        return new BuildReport(found.tracker(), problems.sorted(), 0, false);
    }

    /**
     * What the last successful {@link #check()} of this engine found, for a {@link #build()} of another engine to
     * reuse (see {@link Builder#checkedBefore}); empty before that, and after a check of a tracker with templates
     * of its own.
     */
    public Optional<CheckedContent> checked() {
        return Optional.ofNullable(checked);
    }

    /** A checked tracker and its checked translations, by content folder. */
    record Checked(Tracker tracker, Map<Path, Tracker> translations) {
    }

    /**
     * Checks the content and renders every file of the site in memory, writing nothing.
     *
     * <p>Calling it again on the same engine, as the preview does on every save, reuses what the previous call read
     * and rendered where nothing changed: files with the same bytes are not parsed again, Markdown is not converted
     * again, and a page whose views are equal is not rendered again. The result is the same as a fresh engine's.
     *
     * @throws ContentException when the content has errors (or warnings, when strict)
     */
    public RenderedSite render() throws ContentException {
        if (portfolio != null) {
            return portfolio.render();
        }
        Problems problems = new Problems();
        Checked found = loadAndCheck(problems, true);
        List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
        // Rendered into memory here, so that a template's mistake is met inside render(), where it is reported.
        render(Compared.of(found), problems, file -> files.add(new OutputFile(file.path(), file.bytes())), true);
        failOnProblems(problems);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(OutputFile::path));
        return new RenderedSite(found.tracker(), problems.sorted(), sorted);
    }

    /**
     * Builds the site into the output folder.
     *
     * @throws ContentException when the content has errors (or warnings, when strict); nothing is written then
     * @throws IOException when the site cannot be written; the previous site is then left as it was
     */
    public BuildReport build() throws ContentException, IOException {
        if (outputDirectory == null) {
            throw new IllegalStateException("no output folder was given");
        }
        OutputGuard.refuseDangerousOutput(outputDirectory, contentDirectory, projectDirectory);
        if (portfolio != null) {
            return portfolio.build(outputDirectory, checkedBefore);
        }
        Problems problems = new Problems();
        CheckedContent reusable = checkedBefore != null && checkedBefore.checked != null
                && checkedBefore.stillValidFor(contentDirectory, projectDirectory) ? checkedBefore : null;
        // load, check and model: or what a check of the same files in this Maven run found
        Checked found = reusable == null ? loadAndCheck(problems, false) : reusable.checked;
        if (reusable != null) {
            reusable.warnings.forEach(problems::add);
        }
        Compared compared = Compared.of(found);
        int written = StagedPublish.publish(outputDirectory, sink -> render(compared, problems, sink, false),
                () -> failOnProblems(problems), warning -> problems.warning(Position.of(content.displayName(
                        outputDirectory, "")), warning));
        return new BuildReport(found.tracker(), problems.sorted(), written, reusable != null);
    }

    /** The <b>load</b>, <b>check</b> and <b>model</b> stages: the tracker and its translations, checked. */
    Checked loadAndCheck(Problems problems, boolean reuse) throws ContentException {
        Tracker tracker = content.loadAndCheck(contentDirectory, problems, reuse, linksBeyond);
        return new Checked(tracker, content.loadTranslations(tracker, problems, reuse));
    }

    /**
     * The <b>render</b> stage: hands every file of the site to {@code sink} as soon as it is rendered, from several
     * threads, so that a large site need not be held in memory. The tracker's own assets replace built-in files
     * of the same path; each translation is published under a folder named by its language.
     *
     * @param reuse whether to reuse the Markdown and pages of the previous {@code render} that did not change (the
     *     preview renders again on every save), and keep this render's for the next
     * @throws ContentException when a template of the tracker's own cannot be used
     */
    void render(Compared compared, Problems problems, Consumer<OutputFile> sink, boolean reuse)
            throws ContentException {
        List<OutputFile> assets = AssetFolder.read(contentDirectory.resolve(AssetFolder.NAME),
                file -> displayName(contentDirectory.relativize(file).toString()), problems);
        Set<String> overridden = new HashSet<>();
        assets.forEach(asset -> overridden.add(asset.path()));
        Consumer<OutputFile> out = file -> {
            if (!overridden.contains(file.path())) {
                sink.accept(file);
            }
        };
        Path templates = contentDirectory.resolve(TEMPLATES_FOLDER);
        Templates given = sharedTemplates;
        Templates shared = given != null && !Files.isDirectory(templates) ? given : new Templates(templates);
        Map<Path, SiteRenderer> sites = new LinkedHashMap<>();
        sites.put(contentDirectory, new SiteRenderer(compared.tracker(), shared, allowRawHtml, siteUrl,
                contentDirectory, path -> content.displayName(contentDirectory, path), problems));
        Optional.ofNullable(onSite).ifPresent(hook -> hook.accept(sites.get(contentDirectory)));
        String base = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        compared.translations().forEach((folder, comparison) -> sites.put(folder, new SiteRenderer(comparison,
                shared, allowRawHtml, base.isEmpty() ? "" : base + comparison.tracker().settings().language() + "/",
                folder, path -> content.displayName(folder, path), problems)));
        List<RenderCache> caches = new ArrayList<>();
        if (reuse) {
            Object templatesStamp = TemplateFailures.stampOf(templates);
            sites.forEach((folder, site) -> {
                RenderCache cache = renderCaches.computeIfAbsent(folder, f -> new RenderCache());
                cache.startBuild(templatesStamp);
                site.reuse(cache);
                caches.add(cache);
            });
        }
        try {
            for (SiteRenderer site : sites.values()) {
                boolean primary = site == sites.get(contentDirectory);
                String prefix = primary ? "" : site.language() + "/";
                site.languageLinks(sites.values().stream().filter(other -> other != site).map(other -> other
                        .alternate((primary ? "" : "../") + (other == sites.get(contentDirectory) ? ""
                                : other.language() + "/"))).toList());
                site.render(file -> out.accept(prefix.isEmpty() ? file : file.at(prefix + file.path())));
            }
        } catch (MustacheException | UncheckedIOException e) {
            if (!Files.isDirectory(templates)) {
                throw e;
            }
            problems.error(TemplateFailures.position(templates, e, this::displayName), "a template could not be"
                    + " used: " + TemplateFailures.messageOf(e));
            throw new ContentException(problems.sorted(), problems.summary());
        }
        assets.forEach(sink);
        caches.forEach(RenderCache::endBuild);
    }

    /**
     * Starts the next review year: creates its folder with a {@code review.md} and one file per recommendation
     * still open in the latest review. See {@link Scaffolder#newReview(int)}.
     *
     * @param year the new review's year; {@code 0} for the year after the latest review
     * @throws ContentException when the content has errors; nothing is created then
     * @throws ScaffoldException when the year is not after the latest review's, or its folder exists
     * @throws IOException when the files cannot be written; nothing is left behind then
     */
    public Scaffolded newReview(int year) throws ContentException, ScaffoldException, IOException {
        Scaffolder.refuseExistingFolder(contentDirectory, year);
        return scaffolder().newReview(year);
    }

    /**
     * Adds one recommendation to the latest review. See {@link Scaffolder#newRecommendation}.
     *
     * @param id its id, such as {@code R17}
     * @param title its short title
     * @param theme one of the tracker's themes; empty for the first
     * @param owners the bodies it is addressed to; empty for a placeholder
     * @throws ContentException when the content has errors; nothing is created then
     * @throws ScaffoldException when the id is invalid or used, or the theme unknown
     * @throws IOException when the file cannot be written
     */
    public Scaffolded newRecommendation(String id, String title, String theme, List<String> owners)
            throws ContentException, ScaffoldException, IOException {
        return scaffolder().newRecommendation(id, title, theme, owners);
    }

    /** A scaffolder over the content checked with its drafts ({@link ContentStage#loadWithDrafts}). */
    private Scaffolder scaffolder() throws ContentException {
        Problems problems = new Problems();
        Tracker tracker = content.loadWithDrafts(problems);
        failOnProblems(problems);
        return new Scaffolder(contentDirectory, tracker, problems.sorted());
    }

    /** The content folder, absolute. */
    public Path contentDirectory() {
        return contentDirectory;
    }

    private void failOnProblems(Problems problems) throws ContentException {
        if (problems.fail(strict)) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
    }

    private String displayName(String contentPath) {
        return content.displayName(contentDirectory, contentPath);
    }

    /** Configures a {@link Trackdown} engine. */
    public static final class Builder {
        private Path contentDirectory;
        private Path outputDirectory;
        private Path projectDirectory = Path.of("");
        private boolean strict;
        private boolean allowRawHtml;
        private String siteUrl = "";
        private boolean drafts;
        private CheckedContent checkedBefore;

        private Builder() {
        }

        /**
         * A check of the same content folder that {@link #build()} reuses, instead of reading and checking every file
         * again, when no file under the folder was added, removed or changed since; none by default. Its warnings
         * are reported again.
         */
        public Builder checkedBefore(CheckedContent check) {
            this.checkedBefore = check;
            return this;
        }

        /** The folder with {@code tracker.yml} and the review year folders. Required. */
        public Builder contentDirectory(Path folder) {
            this.contentDirectory = Objects.requireNonNull(folder);
            return this;
        }

        /** The folder the site is written to; its previous content is replaced. Required to build. */
        public Builder outputDirectory(Path folder) {
            this.outputDirectory = Objects.requireNonNull(folder);
            return this;
        }

        /** The folder that file names in messages are relative to; defaults to the working folder. */
        public Builder projectDirectory(Path folder) {
            this.projectDirectory = Objects.requireNonNull(folder);
            return this;
        }

        /** Whether warnings fail the build as errors do; defaults to {@code false}. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Whether HTML written inside Markdown is published as HTML; defaults to {@code false} (shown as text). */
        public Builder allowRawHtml(boolean allow) {
            this.allowRawHtml = allow;
            return this;
        }

        /**
         * The site's public address, such as {@code https://org.github.io/repo/}; defaults to none. When given, the
         * sitemap is written and the data files and feed use absolute addresses; pages always link relatively.
         */
        public Builder siteUrl(String address) {
            this.siteUrl = address == null ? "" : address.strip();
            return this;
        }

        /** Whether drafts ({@code draft: true}) are shown, marked "Draft"; defaults to {@code false}: left out. */
        public Builder drafts(boolean show) {
            this.drafts = show;
            return this;
        }

        /** Creates the engine. */
        public Trackdown build() {
            if (contentDirectory == null) {
                throw new IllegalStateException("no content folder was given");
            }
            return new Trackdown(this);
        }
    }
}
