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
        // The pages that grow with the content: one per recommendation, per review and per theme.
        assertEquals(corpus.distinctRecommendations(), filesIn(site.resolve("recommendations")));
        assertEquals(corpus.years(), filesIn(site.resolve("reviews")));
        assertEquals(CorpusGenerator.THEMES.length, filesIn(site.resolve("themes")));
        assertEquals(filesIn(site) - 1, report.filesWritten(), "every file but the manifest was written");
        String review = Files.readString(site.resolve("reviews/2024.html"));
        assertTrue(review.contains("<table>"), "the GitHub tables in the comments are rendered");
        assertTrue(review.contains("href=\"../recommendations/r"), "links between recommendations are rewritten");
    }

    private static long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
