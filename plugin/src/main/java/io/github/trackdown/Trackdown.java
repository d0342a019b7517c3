package io.github.trackdown;

import com.github.mustachejava.MustacheException;
import io.github.trackdown.check.ContentChecker;
import io.github.trackdown.content.ContentLoader;
import io.github.trackdown.content.LoadedContent;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.render.MarkdownRenderer;
import io.github.trackdown.render.OutputFile;
import io.github.trackdown.render.SiteRenderer;
import io.github.trackdown.render.Templates;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Position;
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

    private Trackdown(Builder builder) {
        this.contentDirectory = builder.contentDirectory.toAbsolutePath().normalize();
        this.projectDirectory = builder.projectDirectory.toAbsolutePath().normalize();
        this.outputDirectory = builder.outputDirectory == null ? null
                : builder.outputDirectory.toAbsolutePath().normalize();
        this.strict = builder.strict;
        this.allowRawHtml = builder.allowRawHtml;
        this.siteUrl = builder.siteUrl;
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
        RenderedSite site = render();
        return new BuildReport(site.tracker(), site.warnings(), 0);
    }

    /**
     * Checks the content and renders every file of the site in memory, writing nothing.
     *
     * @throws ContentException when the content has errors (or warnings, when strict)
     */
    public RenderedSite render() throws ContentException {
        Problems problems = new Problems();
        Tracker tracker = loadAndCheck(problems);
        Path templates = contentDirectory.resolve(TEMPLATES_FOLDER);
        List<OutputFile> files;
        try {
            files = new ArrayList<>(new SiteRenderer(tracker, new Templates(templates), allowRawHtml, siteUrl,
                    this::displayName, problems).render());
        } catch (MustacheException | UncheckedIOException e) {
            if (!Files.isDirectory(templates)) {
                throw e;
            }
            problems.error(templatePosition(templates, e), "a template could not be used: " + messageOf(e));
            throw new ContentException(problems.sorted(), problems.summary());
        }
        for (String attachment : tracker.attachments()) {
            try {
                files.add(new OutputFile(SiteRenderer.attachmentPath(attachment),
                        Files.readAllBytes(contentDirectory.resolve(attachment))));
            } catch (IOException e) {
                problems.error(Position.of(displayName(attachment)), "the file cannot be read: " + e.getMessage());
            }
        }
        List<OutputFile> assets = AssetFolder.read(contentDirectory.resolve(AssetFolder.NAME),
                file -> displayName(contentDirectory.relativize(file).toString()), problems);
        failOnProblems(problems);
        return new RenderedSite(tracker, problems.sorted(), withAssets(files, assets));
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
        RenderedSite site = render();
        int written = new SiteWriter(outputDirectory).write(site.files());
        return new BuildReport(site.tracker(), site.warnings(), written);
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

    /** The rendered files, with the tracker's own assets replacing built-in files of the same path. */
    private static List<OutputFile> withAssets(List<OutputFile> files, List<OutputFile> assets) {
        if (assets.isEmpty()) {
            return files;
        }
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        for (OutputFile file : files) {
            byPath.put(file.path(), file);
        }
        for (OutputFile asset : assets) {
            byPath.put(asset.path(), asset);
        }
        return new ArrayList<>(byPath.values());
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

    private Tracker loadAndCheck(Problems problems) throws ContentException {
        LoadedContent content = new ContentLoader(contentDirectory, projectDirectory, problems).load();
        Tracker tracker = new ContentChecker(problems).check(content);
        if (tracker == null) {
            reportBrokenLinks(content, problems);
            throw new ContentException(problems.sorted(), problems.summary());
        }
        return tracker;
    }

    /**
     * Checks the links between content files when other errors stop the site from being rendered, so that an
     * editor sees every problem in one run. (A rendered site checks its links while rendering.)
     */
    private void reportBrokenLinks(LoadedContent content, Problems problems) {
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
                this::displayName, problems);
        for (io.github.trackdown.content.SourceDocument document : documents) {
            if (document.frontMatter() != null) {
                links.toHtml(new Markdown(document.body(), document.contentPath(), document.bodyLine()), "");
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
        if (contentDirectory.startsWith(outputDirectory) || projectDirectory.startsWith(outputDirectory)
                || outputDirectory.startsWith(contentDirectory)) {
            throw new IllegalArgumentException("the output folder " + outputDirectory + " would overwrite the"
                    + " content or the project; choose a folder such as target/site");
        }
    }

    private String displayName(String contentPath) {
        Path file = contentDirectory.resolve(contentPath);
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

        private Builder() {
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
