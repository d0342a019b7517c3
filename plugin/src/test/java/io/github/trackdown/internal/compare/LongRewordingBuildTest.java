package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The OSR tracker with one recommendation reworded at length still builds in a few seconds. */
class LongRewordingBuildTest {

    @TempDir
    Path project;

    /** The three kinds of rewording: one word in 40 changed, one in 3, and a new text altogether. */
    @ParameterizedTest
    @ValueSource(strings = {"lightly", "heavily", "entirely"})
    void theOsrSiteWithA40000WordRewordedRecommendationBuildsInUnder3Seconds(String how) throws Exception {
        Path content = TrackerFixture.copyTree(Path.of("..", "site-content", "src", "tracker"),
                project.resolve("src/tracker"));
        String before = WordingDiffCostTest.prose(40_000, 1);
        String after = switch (how) {
            case "lightly" -> WordingDiffCostTest.reworded(before, 40, 2);
            case "heavily" -> WordingDiffCostTest.reworded(before, 3, 2);
            default -> WordingDiffCostTest.prose(40_000, 2);
        };
        replaceWording(content.resolve("2023/r7.md"), before);
        replaceWording(content.resolve("2024/r7.md"), after);
        Trackdown engine = Trackdown.builder().contentDirectory(content).outputDirectory(project.resolve("site"))
                .projectDirectory(project).build();

        long nanos = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long start = System.nanoTime();
            engine.build();
            return System.nanoTime() - start;
        });

        System.out.printf("LongRewordingBuildTest: OSR site with R7 %s reworded at 40,000 words (%d KB) built in"
                + " %d ms%n", how, after.length() / 1024, nanos / 1_000_000);
        assertTrue(nanos < 3_000_000_000L, "built in " + nanos / 1_000_000 + " ms");
        assertTrue(Files.readString(project.resolve("site/recommendations/r7.html"))
                .contains("<div class=\"prose wording wording-before\">"),
                "changed in more than three places, the page shows the earlier wording whole after the new one");
    }

    private static void replaceWording(Path file, String wording) throws Exception {
        String text = Files.readString(file);
        int bodyStart = text.indexOf("\n---\n") + 5;
        int progress = text.indexOf("## Progress");
        Files.writeString(file, text.substring(0, bodyStart) + wording + "\n\n" + text.substring(progress));
    }
}
