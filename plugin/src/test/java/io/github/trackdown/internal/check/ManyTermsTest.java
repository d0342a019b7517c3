package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracker.yml with thousands of statuses builds in time in proportion to their number. */
public class ManyTermsTest {

    @TempDir
    Path project;

    public static String trackerWithStatuses(int count) {
        StringBuilder yml = new StringBuilder("title: Many statuses\nstatuses:\n");
        for (int i = 1; i <= count; i++) {
            yml.append("  - name: Status ").append(i).append("\n    meaning: Step ").append(i).append(".\n");
        }
        yml.append("outcomes:\n  - Retained\nthemes:\n  - People\n");
        return yml.toString();
    }

    static long buildMillis(Path project, int statuses) throws Exception {
        TrackerFixture fixture = new TrackerFixture(project).file("tracker.yml", trackerWithStatuses(statuses))
                .review(2023).review(2024);
        for (int i = 1; i <= 20; i++) {
            fixture.recommendation(2023, "R" + i, "One", "People", "Status " + i, "Retained")
                    .recommendation(2024, "R" + i, "One", "People", "Status " + (statuses - i), "Retained");
        }
        long start = System.nanoTime();
        fixture.build();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Two reviews of 20 recommendations, each in a status of its own. */
    @Test
    void tenThousandStatusesBuildInUnderThreeSeconds() throws Exception {
        long small = buildMillis(project.resolve("small"), 1_000);
        long large = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> buildMillis(project.resolve("large"), 10_000));

        System.out.printf("ManyTermsTest: 1,000 statuses built in %d ms, 10,000 in %d ms%n", small, large);
        assertTrue(large < 3_000, "10,000 statuses built in " + large + " ms");
    }
}
