package io.github.trackdown;

import io.github.trackdown.report.ContentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole tracker written inline by a test: its content files, its build, and its output files.
 *
 * <p>The project folder is the temporary folder; content goes to {@code src/tracker}, the site to
 * {@code target/site}.
 */
public final class TrackerFixture {

    /** A small, valid {@code tracker.yml} with three steps of progress, one special status each side. */
    public static final String TRACKER_YML = """
            title: Test tracker
            description: Recommendations made to test Trackdown.
            statuses:
              - name: Not yet assessed
                meaning: Made in this review.
                kind: unassessed
              - name: Not met
                meaning: No progress.
              - name: Some progress
                meaning: Some progress.
              - name: Good progress
                meaning: Good progress.
              - name: Closed
                meaning: No longer followed.
                kind: closed
            outcomes:
              - name: New
                meaning: Made in this review.
              - name: Retained
                meaning: Kept as it was.
              - name: Revised
                meaning: Changed.
              - name: Removed
                meaning: Dropped.
                kind: removed
            themes:
              - name: People
                description: Skills and leadership.
              - name: Processes
                description: How data is shared.
            """;

    private final Path project;

    /** A fixture in the given (empty) folder. */
    public TrackerFixture(Path project) {
        this.project = project;
    }

    /**
     * A valid tracker with the standard tracker.yml, a 2024 review and one recommendation, {@code 2024/r1.md}:
     * R1 "Career frameworks", People, Some progress, Retained.
     */
    public static TrackerFixture oneReviewOfOneRecommendation(Path project) {
        return new TrackerFixture(project).standardTracker().review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained");
    }

    /** The project folder. */
    public Path project() {
        return project;
    }

    /** The content folder. */
    public Path content() {
        return project.resolve("src/tracker");
    }

    /** The output folder. */
    public Path site() {
        return project.resolve("target/site");
    }

    /** Writes a content file, relative to the content folder. */
    public TrackerFixture file(String path, String text) {
        try {
            Path file = content().resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the standard tracker.yml. */
    public TrackerFixture standardTracker() {
        return file("tracker.yml", TRACKER_YML);
    }

    /** Writes a review.md for the year. */
    public TrackerFixture review(int year) {
        return file(year + "/review.md", """
                ---
                title: Review of %d
                published: %d-07-01
                source: https://example.org/review-%d
                ---
                The %d review found things.
                """.formatted(year, year, year, year));
    }

    /** Writes a recommendation file with the given front matter values. */
    public TrackerFixture recommendation(int year, String id, String title, String theme, String status,
            String outcome) {
        return file(year + "/" + id.toLowerCase() + ".md", """
                ---
                id: %s
                title: %s
                theme: %s
                status: %s
                outcome: %s
                owners:
                  - Cabinet Office
                ---
                Government should do %s.

                ## Progress

                Progress on %s in %d.
                """.formatted(id, title, theme, status, outcome, title.toLowerCase(), title.toLowerCase(), year));
    }

    /** An engine over this fixture. */
    public Trackdown engine() {
        return Trackdown.builder().contentDirectory(content()).outputDirectory(site()).projectDirectory(project)
                .build();
    }

    /** Builds the site and returns the report. */
    public BuildReport build() throws ContentException, IOException {
        return engine().build();
    }

    /**
     * The text of an output file; a spreadsheet ({@code .ods}, a zip archive) as its bytes one character each
     * (ISO-8859-1), so that comparing two of them compares their bytes.
     */
    public String page(String path) {
        try {
            if (path.endsWith(".ods")) {
                return new String(Files.readAllBytes(site().resolve(path)), StandardCharsets.ISO_8859_1);
            }
            return Files.readString(site().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the built site, relative, sorted. */
    public List<String> siteFiles() {
        try (Stream<Path> files = Files.walk(site())) {
            return files.filter(Files::isRegularFile).map(f -> site().relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems a check of this content reports, formatted, or an empty list when there are none. */
    public List<String> problems() {
        try {
            return engine().check().warnings().stream().map(Object::toString).toList();
        } catch (ContentException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    /** Copies a folder and everything in it into {@code to}, which must not exist yet or be empty; returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
