package io.github.trackdown.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.BuildReport;
import io.github.trackdown.Trackdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the large-site path working: a generated 2,000-file tracker builds cleanly (not timed). */
class LargeTrackerTest {

    @TempDir
    Path folder;

    @Test
    void buildsAGenerated2000FileTrackerWithoutProblems() throws Exception {
        CorpusGenerator.Corpus corpus = new CorpusGenerator(400, 5, 7).write(folder, false);
        assertEquals(2000, corpus.recommendationFiles());

        Path site = corpus.trackerProject().resolve("target/site");
        BuildReport report = Trackdown.builder().contentDirectory(corpus.content()).outputDirectory(site)
                .projectDirectory(corpus.trackerProject()).build().build();

        assertTrue(report.warnings().isEmpty(), () -> report.warnings().toString());
        assertEquals(corpus.distinctRecommendations(), report.tracker().recommendations().size());
        // .nojekyll, 2 style sheets, index, reviews, themes, compare, statuses, 404: 9; then one page per
        // review, per recommendation and per theme.
        int expected = 9 + corpus.years() + corpus.distinctRecommendations() + CorpusGenerator.THEMES.length;
        assertEquals(expected, report.filesWritten());
        try (Stream<Path> pages = Files.walk(site.resolve("recommendations"))) {
            assertEquals(corpus.distinctRecommendations(), pages.filter(Files::isRegularFile).count());
        }
        String review = Files.readString(site.resolve("reviews/2024.html"));
        assertTrue(review.contains("<table>"), "the GitHub tables in the comments are rendered");
        assertTrue(review.contains("href=\"../recommendations/r"), "links between recommendations are rewritten");
    }
}
