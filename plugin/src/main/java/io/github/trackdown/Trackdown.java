package io.github.trackdown;

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
import io.github.trackdown.report.Problems;
import io.github.trackdown.write.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The Trackdown engine: builds a tracker's website from its content folder.
 *
 * <p>A build runs in stages: <b>load</b> the files, <b>check</b> them and build the model, <b>compare</b>
 * review years, <b>render</b> the pages, and <b>write</b> them. Every content mistake is collected and reported
 * at once in a {@link ContentException}; the output folder is only touched when the whole site rendered.
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
        Problems problems = new Problems();
        Tracker tracker = loadAndCheck(problems);
        SiteRenderer renderer = new SiteRenderer(tracker, new Templates(), allowRawHtml, siteUrl, this::displayName,
                problems);
        renderer.render();
        failOnProblems(problems);
        return new BuildReport(tracker, problems.sorted(), 0);
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
        Tracker tracker = loadAndCheck(problems);
        SiteRenderer renderer = new SiteRenderer(tracker, new Templates(), allowRawHtml, siteUrl, this::displayName,
                problems);
        // Pages are written to the staging folder as they are rendered, not held; it is published only when
        // the whole site rendered without problems, and deleted otherwise.
        try (SiteWriter.Staging site = new SiteWriter(outputDirectory).stage()) {
            try {
                renderer.render(file -> {
                    try {
                        site.add(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            failOnProblems(problems);
            for (String attachment : tracker.attachments()) {
                site.add(new OutputFile(SiteRenderer.attachmentPath(attachment),
                        java.nio.file.Files.readAllBytes(contentDirectory.resolve(attachment))));
            }
            int written = site.publish();
            return new BuildReport(tracker, problems.sorted(), written);
        }
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
