package io.github.trackdown.internal.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.Problem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures save-to-reload time: from writing a status into a file to the open page's reload signal, and to the new
 * page being fetched. A measurement, not a test: it asserts only that each change arrives, and runs only when asked:
 * {@code ./mvnw -o -pl plugin test -Dtest=SaveToReloadTimings -Dtrackdown.timings=true}.
 */
@EnabledIfSystemProperty(named = "trackdown.timings", matches = "true")
class SaveToReloadTimings {

    static final int SAVES = 7;

    @TempDir
    Path project;

    @Test
    void theOsrTracker() throws Exception {
        Path content = project.resolve("osr");
        TrackerFixture.copyTree(Path.of("..", "site-content", "src", "tracker"), content);
        measure("OSR tracker (34 files)", content, content.resolve("2024/r1.md"), "Some progress", "Good progress");
    }

    @Test
    void aGeneratedTrackerOf1000Files() throws Exception {
        measure("generated, 1,002 files", generated(500), project.resolve("src/tracker/2024/r1.md"),
                "Some progress", "Good progress");
    }

    @Test
    void aGeneratedTrackerOf10000Files() throws Exception {
        measure("generated, 10,002 files", generated(5_000), project.resolve("src/tracker/2024/r1.md"),
                "Some progress", "Good progress");
    }

    /** Two reviews of {@code count} recommendations each, spread over two themes. */
    private Path generated(int count) {
        TrackerFixture fixture = new TrackerFixture(project).standardTracker().review(2023).review(2024);
        for (int i = 1; i <= count; i++) {
            String theme = i % 2 == 0 ? "People" : "Processes";
            fixture.recommendation(2023, "R" + i, "Topic " + i, theme, "Not yet assessed", "New")
                    .recommendation(2024, "R" + i, "Topic " + i, theme, i % 3 == 0 ? "Not met" : "Some progress",
                            "Retained");
        }
        return fixture.content();
    }

    private void measure(String name, Path content, Path file, String from, String to) throws Exception {
        Trackdown engine = Trackdown.builder().contentDirectory(content).projectDirectory(project).build();
        List<String> builds = new ArrayList<>();
        PreviewLog log = new PreviewLog() {
            @Override
            public void info(String line) {
                builds.add(line);
            }

            @Override
            public void problem(Problem problem) {
            }
        };
        long[] signal = new long[SAVES];
        long[] fetched = new long[SAVES];
        try (Preview preview = Preview.start(engine, new InetSocketAddress("127.0.0.1", 0), log);
                EventStream events = new EventStream(preview.url())) {
            assertNotNull(events.next(30));
            String original = Files.readString(file, StandardCharsets.UTF_8);
            for (int save = 0; save < SAVES; save++) {
                String status = save % 2 == 0 ? to : from;
                String text = original.replace("status: " + from, "status: " + status);
                long start = System.nanoTime();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                assertNotNull(events.next(60), "a reload signal");
                signal[save] = System.nanoTime() - start;
                String page = RawHttp.get(preview.address().getPort(), "/recommendations/r1.html").text();
                fetched[save] = System.nanoTime() - start;
                assertTrue(page.contains(">" + status + "</a>"), "the new status is served");
                Thread.sleep(300);
            }
        }
        System.out.printf("%s: first build: %s%n  save -> reload signal: %s%n  save -> new page fetched: %s%n",
                name, builds.get(0), summary(signal), summary(fetched));
    }

    private static String summary(long[] nanos) {
        long[] millis = Arrays.stream(nanos).map(n -> n / 1_000_000).sorted().toArray();
        return "median " + millis[millis.length / 2] + " ms, min " + millis[0] + " ms, max "
                + millis[millis.length - 1] + " ms over " + millis.length + " saves " + Arrays.toString(millis);
    }
}
