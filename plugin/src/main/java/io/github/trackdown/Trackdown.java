package io.github.trackdown;

import com.github.mustachejava.MustacheException;
import io.github.trackdown.check.ContentChecker;
import io.github.trackdown.content.ContentLoader;
import io.github.trackdown.content.DocumentCache;
import io.github.trackdown.content.FileStamps;
import io.github.trackdown.content.LoadedContent;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.render.MarkdownRenderer;
import io.github.trackdown.render.OutputFile;
import io.github.trackdown.render.RenderCache;
import io.github.trackdown.render.SiteRenderer;
import io.github.trackdown.render.Templates;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Problems;
import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import io.github.trackdown.scaffold.Scaffolder;
import io.github.trackdown.write.AssetFolder;
import io.github.trackdown.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Trackdown engine: builds a tracker's website from its content folder.
 *
 * <p>A build runs in stages: <b>load</b> the files, <b>check</b> them and build the model, <b>compare</b>
 * review years, <b>render</b> the pages, and <b>write</b> them. Every content mistake is collected and reported
 * at once in a {@link ContentException}; the output folder is only touched when the whole site rendered.
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

    /** Where a template error names its template and line, such as {@code [layout.mustache:12]}. */
    private static final Pattern TEMPLATE_PLACE = Pattern.compile("([a-z0-9][a-z0-9-]*\\.mustache):(\\d+)");

    private final Path contentDirectory;
    private final Path outputDirectory;
    private final Path projectDirectory;
    private final boolean strict;
    private final boolean allowRawHtml;
    private final String siteUrl;
    /** What the last {@link #render()} of each content folder read and rendered, for the next to reuse. */
    private final Map<Path, DocumentCache> documentCaches = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, RenderCache> renderCaches = new java.util.concurrent.ConcurrentHashMap<>();
    /** The check a build may reuse instead of reading and checking the content again; from the builder. */
    private final CheckedContent checkedBefore;
    /** What this engine's last successful check found. */
    private volatile CheckedContent checked;

    private Trackdown(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.projectDirectory = builder.projectDirectory.toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory == null ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        this.strict = builder.strict;
        this.allowRawHtml = builder.allowRawHtml;
        this.siteUrl = builder.siteUrl;
        this.checkedBefore = builder.checkedBefore;
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
        if (Files.isDirectory(contentDirectory.resolve(TEMPLATES_FOLDER))) {
            // A template of the tracker's own may use a value no page has: only rendering every page shows it.
            RenderedSite site = render();
            return new BuildReport(site.tracker(), site.warnings(), 0, false);
        }
        Problems problems = new Problems();
        FileStamps before = FileStamps.of(List.of(contentDirectory));
        Tracker tracker = loadAndCheck(contentDirectory, problems, false);
        Map<Path, Tracker> translations = loadTranslations(tracker, problems, false);
        List<Problem> found = problems.sorted();
        AssetFolder.read(contentDirectory.resolve(AssetFolder.NAME),
                file -> displayName(contentDirectory, contentDirectory.relativize(file).toString()), problems);
        Templates templates = new Templates();
        new SiteRenderer(tracker, templates, allowRawHtml, siteUrl, path -> displayName(contentDirectory, path),
                problems).checkLinks();
        translations.forEach((folder, translated) -> new SiteRenderer(translated, templates, allowRawHtml,
                siteUrl, path -> displayName(folder, path), problems).checkLinks());
        failOnProblems(problems);
        List<Path> folders = stampedFolders(translations.keySet());
        FileStamps stamps = before.plus(FileStamps.of(folders.subList(1, folders.size())));
        checked = new CheckedContent(contentDirectory, projectDirectory, folders, stamps, tracker, translations, found);
        return new BuildReport(tracker, problems.sorted(), 0, false);
    }

    /**
     * What the last successful {@link #check()} of this engine found, for a {@link #build()} of another engine to
     * reuse (see {@link Builder#checkedBefore}); empty before that, and after a check of a tracker with templates
     * of its own.
     */
    public Optional<CheckedContent> checked() {
        return Optional.ofNullable(checked);
    }

    /**
     * A tracker that {@link #check()} found correct, with the warnings it gave and the stamps of the files it read.
     * Opaque: hand it to {@link Builder#checkedBefore}, so that the build that follows a check in the same Maven run
     * does not read and check every file again.
     */
    public static final class CheckedContent {
        private final Path contentDirectory;
        private final Path projectDirectory;
        private final List<Path> folders;
        private final FileStamps stamps;
        private final Tracker tracker;
        private final Map<Path, Tracker> translations;
        private final List<Problem> warnings;

        private CheckedContent(Path contentDirectory, Path projectDirectory, List<Path> folders, FileStamps stamps,
                Tracker tracker, Map<Path, Tracker> translations, List<Problem> warnings) {
            this.contentDirectory = contentDirectory;
            this.projectDirectory = projectDirectory;
            this.folders = folders;
            this.stamps = stamps;
            this.tracker = tracker;
            this.translations = translations;
            this.warnings = warnings;
        }

        /** Whether it holds what checking the engine's content now would give: same folders, no file changed. */
        private boolean stillValidFor(Trackdown engine) {
            return contentDirectory.equals(engine.contentDirectory) && projectDirectory.equals(engine.projectDirectory)
                    && stamps.equals(FileStamps.of(folders));
        }
    }

    /** The content folder and the translation folders outside it: the files a check reads. */
    private List<Path> stampedFolders(java.util.Collection<Path> translationFolders) {
        List<Path> folders = new ArrayList<>(List.of(contentDirectory));
        translationFolders.stream().filter(folder -> !folder.startsWith(contentDirectory)).forEach(folders::add);
        return folders;
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
        Problems problems = new Problems();
        List<OutputFile> files = java.util.Collections.synchronizedList(new ArrayList<>());
        // Rendered into memory here, so that a template's mistake is met inside render(), where it is reported.
        Tracker tracker = render(problems, file -> files.add(new OutputFile(file.path(), file.bytes())), true, null);
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(java.util.Comparator.comparing(OutputFile::path));
        return new RenderedSite(tracker, problems.sorted(), sorted);
    }

    /**
     * Checks the content and hands every file of the site to {@code sink} as soon as it is rendered, from several
     * threads, so that a large site need not be held in memory. The tracker's own assets replace built-in files
     * of the same path.
     *
     * @param reuse whether to reuse the files, Markdown and pages of the previous {@code render} that did not
     *     change (the preview renders again on every save), and keep this render's for the next
     * @param checkedContent a check of the content to use instead of reading and checking it, or {@code null}
     * @throws ContentException when the content has errors (or warnings, when strict), after every file was handed
     *     over: the caller must then discard them
     */
    private Tracker render(Problems problems, Consumer<OutputFile> sink, boolean reuse, CheckedContent checkedContent)
            throws ContentException {
        Tracker tracker;
        Map<Path, Tracker> translations;
        if (checkedContent != null) {
            tracker = checkedContent.tracker;
            translations = checkedContent.translations;
            checkedContent.warnings.forEach(problems::add);
        } else {
            tracker = loadAndCheck(contentDirectory, problems, reuse);
            translations = loadTranslations(tracker, problems, reuse);
        }
        List<OutputFile> assets = AssetFolder.read(contentDirectory.resolve(AssetFolder.NAME),
                file -> displayName(contentDirectory, contentDirectory.relativize(file).toString()), problems);
        java.util.Set<String> overridden = new java.util.HashSet<>();
        assets.forEach(asset -> overridden.add(asset.path()));
        Consumer<OutputFile> out = file -> {
            if (!overridden.contains(file.path())) {
                sink.accept(file);
            }
        };
        Path templates = contentDirectory.resolve(TEMPLATES_FOLDER);
        Templates shared = new Templates(templates);
        SiteRenderer primary = new SiteRenderer(tracker, shared, allowRawHtml, siteUrl,
                path -> displayName(contentDirectory, path), problems);
        Map<Path, SiteRenderer> others = new LinkedHashMap<>();
        translations.forEach((folder, translated) -> others.put(folder, new SiteRenderer(translated, shared,
                allowRawHtml, siteUrl.isEmpty() ? "" : withSlash(siteUrl) + translated.settings().language() + "/",
                path -> displayName(folder, path), problems)));
        Object templatesStamp = stampOf(templates);
        List<RenderCache> caches = new ArrayList<>();
        if (reuse) {
            caches.add(renderCaches.computeIfAbsent(contentDirectory, folder -> new RenderCache()));
            primary.reuse(caches.get(0));
            others.forEach((folder, renderer) -> {
                RenderCache cache = renderCaches.computeIfAbsent(folder, f -> new RenderCache());
                renderer.reuse(cache);
                caches.add(cache);
            });
            caches.forEach(cache -> cache.startBuild(templatesStamp));
        }
        try {
            primary.languageLinks(others.values().stream().map(other -> other.alternate(other.language() + "/"))
                    .toList());
            primary.render(out);
            for (Map.Entry<Path, SiteRenderer> other : others.entrySet()) {
                List<SiteRenderer.Alternate> alternates = new ArrayList<>();
                alternates.add(primary.alternate("../"));
                others.values().stream().filter(o -> o != other.getValue())
                        .forEach(o -> alternates.add(o.alternate("../" + o.language() + "/")));
                other.getValue().languageLinks(alternates);
                String prefix = other.getValue().language() + "/";
                other.getValue().render(file -> out.accept(file.at(prefix + file.path())));
                attachments(other.getKey(), translations.get(other.getKey()), prefix, problems).forEach(out);
            }
        } catch (MustacheException | UncheckedIOException e) {
            if (!Files.isDirectory(templates)) {
                throw e;
            }
            problems.error(templatePosition(templates, e), "a template could not be used: " + messageOf(e));
            throw new ContentException(problems.sorted(), problems.summary());
        }
        attachments(contentDirectory, tracker, "", problems).forEach(out);
        assets.forEach(sink);
        caches.forEach(RenderCache::endBuild);
        failOnProblems(problems);
        return tracker;
    }

    /** The names, sizes and times of the override templates: it changes when any of them does. */
    private static Object stampOf(Path templates) {
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(templates)) {
            return files.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return file + ":unreadable";
                }
            }).toList();
        } catch (IOException e) {
            return List.of("unreadable:" + System.nanoTime());
        }
    }

    /** The files beside the Markdown files of a content folder, published under {@code prefix}. */
    private List<OutputFile> attachments(Path folder, Tracker tracker, String prefix, Problems problems) {
        List<OutputFile> files = new ArrayList<>();
        for (String attachment : tracker.attachments()) {
            try {
                files.add(new OutputFile(prefix + SiteRenderer.attachmentPath(attachment),
                        Files.readAllBytes(folder.resolve(attachment))));
            } catch (IOException e) {
                problems.error(Position.of(displayName(folder, attachment)), "the file cannot be read: "
                        + e.getMessage());
            }
        }
        return files;
    }

    /**
     * Loads and checks the tracker's translations named in its tracker.yml: each a content folder of its own, in
     * another language, published under a folder named by its language.
     */
    private Map<Path, Tracker> loadTranslations(Tracker tracker, Problems problems, boolean reuse)
            throws ContentException {
        Map<Path, Tracker> translations = new LinkedHashMap<>();
        java.util.Set<String> languages = new java.util.HashSet<>(List.of(tracker.settings().language()));
        String trackerFile = displayName(contentDirectory, ContentLoader.TRACKER_FILE);
        for (String name : tracker.settings().translations()) {
            Path folder = contentDirectory.resolve(name).normalize();
            if (!Files.isRegularFile(folder.resolve(ContentLoader.TRACKER_FILE))) {
                problems.error(Position.of(trackerFile), "the translation folder `" + name + "` has no tracker.yml;"
                        + " a translation is a content folder of its own");
                continue;
            }
            Tracker translated = loadAndCheck(folder, problems, reuse);
            String language = translated.settings().language();
            if (!languages.add(language) || !language.matches("[a-z]{2,3}")) {
                problems.error(Position.of(displayName(folder, ContentLoader.TRACKER_FILE)), "the translation's"
                        + " `language:` must be a language code such as `cy`, other than the tracker's and its other"
                        + " translations'");
                continue;
            }
            translations.put(folder, translated);
        }
        if (problems.fail(false)) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
        return translations;
    }

    private static String withSlash(String address) {
        return address.endsWith("/") ? address : address + "/";
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
        refuseDangerousOutput();
        Problems problems = new Problems();
        CheckedContent reusable = checkedBefore != null && checkedBefore.stillValidFor(this) ? checkedBefore : null;
        try (SiteWriter.Staging staging = new SiteWriter(outputDirectory).stage()) {
            Tracker tracker = render(problems, file -> {
                try {
                    staging.add(file);
                } catch (IOException e) {
                    throw new StagingFailure(e);
                }
            }, false, reusable);
            int written = staging.publish();
            staging.warnings().forEach(warning -> problems.warning(Position.of(displayName(outputDirectory, "")),
                    warning));
            return new BuildReport(tracker, problems.sorted(), written, reusable != null);
        } catch (StagingFailure e) {
            throw e.getCause();
        }
    }

    /** A file that could not be written to the staging folder, carried out of the rendering threads. */
    private static final class StagingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StagingFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
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
        BuildReport checked = check();
        return new Scaffolder(contentDirectory, checked.tracker(), checked.warnings()).newReview(year);
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
        BuildReport checked = check();
        return new Scaffolder(contentDirectory, checked.tracker(), checked.warnings())
                .newRecommendation(id, title, theme, owners);
    }

    /** The content folder, absolute. */
    public Path contentDirectory() {
        return contentDirectory;
    }


    /** The override template a template error names, when it names one, or the templates folder. */
    private Position templatePosition(Path templates, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Matcher place = TEMPLATE_PLACE.matcher(String.valueOf(cause.getMessage()));
            if (place.find() && Files.isRegularFile(templates.resolve(place.group(1)))) {
                return Position.of(displayName(TEMPLATES_FOLDER + "/" + place.group(1)),
                        Integer.parseInt(place.group(2)));
            }
        }
        return Position.of(displayName(TEMPLATES_FOLDER));
    }

    /** The most precise message of an exception and its causes. */
    private static String messageOf(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message;
    }

    private Tracker loadAndCheck(Path folder, Problems problems, boolean reuse) throws ContentException {
        LoadedContent content = new ContentLoader(folder, projectDirectory, problems)
                .reuse(reuse ? documentCaches.computeIfAbsent(folder, f -> new DocumentCache()) : null).load();
        Tracker tracker = new ContentChecker(problems).check(content);
        if (tracker == null) {
            reportBrokenLinks(folder, content, problems);
            throw new ContentException(problems.sorted(), problems.summary());
        }
        return tracker;
    }

    /**
     * Checks the links between content files when other errors stop the site from being rendered, so that an
     * editor sees every problem in one run. (A rendered site checks its links while rendering.)
     */
    private void reportBrokenLinks(Path contentFolder, LoadedContent content, Problems problems) {
        java.util.Set<String> known = new java.util.HashSet<>(content.attachments());
        List<io.github.trackdown.content.SourceDocument> documents = new java.util.ArrayList<>();
        for (io.github.trackdown.content.ReviewFolder folder : content.reviews()) {
            if (folder.review() != null) {
                documents.add(folder.review());
            }
            documents.addAll(folder.recommendations());
        }
        documents.forEach(document -> known.add(document.contentPath()));
        MarkdownRenderer links = new MarkdownRenderer(allowRawHtml, path -> known.contains(path) ? path : null,
                path -> displayName(contentFolder, path), problems);
        for (io.github.trackdown.content.SourceDocument document : documents) {
            if (document.frontMatter() != null) {
                links.checkLinks(new Markdown(document.body(), document.contentPath(), document.bodyLine()));
            }
        }
    }

    private void failOnProblems(Problems problems) throws ContentException {
        if (problems.fail(strict)) {
            throw new ContentException(problems.sorted(), problems.summary());
        }
    }

    /** Refuses an output folder whose replacement would destroy the content or the project. */
    private void refuseDangerousOutput() {
        Path output = real(outputDirectory);
        if (contentDirectory.startsWith(outputDirectory) || projectDirectory.startsWith(outputDirectory)
                || outputDirectory.startsWith(contentDirectory) || real(contentDirectory).startsWith(output)
                || real(projectDirectory).startsWith(output) || output.startsWith(real(contentDirectory))) {
            throw new IllegalArgumentException("the output folder " + outputDirectory + " would overwrite the"
                    + " content or the project; choose a folder such as target/site");
        }
    }

    /** The folder a path leads to through any links, as far as it exists. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    private String displayName(String contentPath) {
        return displayName(contentDirectory, contentPath);
    }

    private String displayName(Path folder, String contentPath) {
        Path file = folder.resolve(contentPath);
        Path shown = file.startsWith(projectDirectory) ? projectDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    /** Configures a {@link Trackdown} engine. */
    public static final class Builder {
        private Path contentDirectory;
        private Path outputDirectory;
        private Path projectDirectory = Path.of("");
        private boolean strict;
        private boolean allowRawHtml;
        private String siteUrl = "";
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

        /** Creates the engine. */
        public Trackdown build() {
            if (contentDirectory == null) {
                throw new IllegalStateException("no content folder was given");
            }
            return new Trackdown(this);
        }
    }
}
