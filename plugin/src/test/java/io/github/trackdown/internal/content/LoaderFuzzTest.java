package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.ContentException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any content, however mangled, gives either a tracker or reported problems: never another exception, never a hang.
 *
 * <p>A property-based fuzzer: it mutates valid content files (characters YAML and Markdown give meaning to,
 * deleted or repeated lines, truncation, bytes that are not UTF-8) from a fixed seed. The normal build runs
 * {@value #DEFAULT_ITERATIONS} inputs; run longer with
 * {@code -Dtrackdown.fuzz.iterations=100000 -Dtrackdown.fuzz.seed=N}.
 */
class LoaderFuzzTest {

    static final int DEFAULT_ITERATIONS = 300;
    private static final String SPECIAL = ":-[]{}\"'&*!#|>%@`\t\n ,?~=<\\()$^";

    @TempDir
    Path project;

    @Test
    void anyMangledContentGivesATrackerOrReportedProblems() throws Exception {
        int iterations = Integer.getInteger("trackdown.fuzz.iterations", DEFAULT_ITERATIONS);
        long seed = Long.getLong("trackdown.fuzz.seed", 20261125L);
        TrackerFixture fixture = new TrackerFixture(project).standardTracker().review(2023).review(2024)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained")
                .recommendation(2024, "R2", "Checklists", "Processes", "Closed", "Removed");
        String[] files = {"tracker.yml", "2023/review.md", "2024/review.md", "2023/r1.md", "2024/r1.md", "2024/r2.md"};
        byte[][] originals = new byte[files.length][];
        for (int i = 0; i < files.length; i++) {
            originals[i] = Files.readAllBytes(fixture.content().resolve(files[i]));
        }
        Trackdown engine = Trackdown.builder().contentDirectory(fixture.content()).projectDirectory(project).build();
        Random random = new Random(seed);
        long started = System.nanoTime();
        for (int iteration = 0; iteration < iterations; iteration++) {
            int target = random.nextInt(files.length);
            byte[] mutated = mutate(originals[target], random);
            Path file = fixture.content().resolve(files[target]);
            Files.write(file, mutated);
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        engine.check();
                    } catch (ContentException expected) {
                        // Reported problems are a correct answer.
                    }
                });
            } catch (Throwable unexpected) {
                fail("seed " + seed + ", iteration " + iteration + ", file " + files[target] + ":\n"
                        + new String(mutated, StandardCharsets.UTF_8), unexpected);
            } finally {
                Files.write(file, originals[target]);
            }
        }
        System.out.printf("LoaderFuzzTest: %d inputs from seed %d in %.1f s without a finding%n", iterations, seed,
                (System.nanoTime() - started) / 1e9);
    }

    static byte[] mutate(byte[] original, Random random) {
        StringBuilder text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 2 -> text.setLength(at);
                case 3 -> {
                    int start = text.lastIndexOf("\n", at) + 1;
                    int end = text.indexOf("\n", at);
                    String line = text.substring(start, end < 0 ? text.length() : end + 1);
                    text.insert(start, line);
                }
                case 4 -> {
                    int start = text.lastIndexOf("\n", at) + 1;
                    int end = text.indexOf("\n", at);
                    text.delete(start, end < 0 ? text.length() : end + 1);
                }
                case 5 -> text.insert(at, "[".repeat(random.nextInt(80)));
                default -> text.insert(at, "&a x\n" + "*a ".repeat(random.nextInt(5)));
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }
}
