package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.ContentException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any content, however mangled, gives either a site or reported problems: never another exception, never a hang, and
 * never a build slower than in proportion to the input.
 *
 * <p>A property-based fuzzer: it mutates valid content files (characters YAML and Markdown give meaning to,
 * deleted or repeated lines, truncation, bytes that are not UTF-8) from a fixed seed, and renders every page of the
 * site. The normal build runs {@value #DEFAULT_ITERATIONS} inputs; run longer with
 * {@code -Dtrackdown.fuzz.iterations=100000 -Dtrackdown.fuzz.seed=N}. Known pathological inputs (long rewordings,
 * a megabyte of one repeated word, thousands of statuses, brackets and emphasis markers by the thousand) are built at
 * two sizes, and the larger must not take more than linearly longer.
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
                        engine.render();
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

    /** A pathological input of a given size: it writes a tracker into the folder given. */
    private record Pathological(String name, int size, IntFunction<java.util.function.Consumer<TrackerFixture>> at) {
    }

    private static final List<Pathological> PATHOLOGICAL = List.of(
            new Pathological("a wording of n words, one in three reworded", 10_000, n -> fixture -> fixture
                    .file("2023/r1.md", recommendation("R1", io.github.trackdown.internal.compare.WordingDiffCostTest
                            .prose(n, 1)))
                    .file("2024/r1.md", recommendation("R1", io.github.trackdown.internal.compare.WordingDiffCostTest
                            .reworded(io.github.trackdown.internal.compare.WordingDiffCostTest.prose(n, 1), 3, 2)))),
            new Pathological("n repetitions of `*a ` reworded as `*b `", 60_000, n -> fixture -> fixture
                    .file("2023/r1.md", recommendation("R1", "*a ".repeat(n)))
                    .file("2024/r1.md", recommendation("R1", "*b ".repeat(n)))),
            new Pathological("n statuses", 2_500, n -> fixture -> fixture
                    .file("tracker.yml", io.github.trackdown.internal.check.ManyTermsTest.trackerWithStatuses(n))
                    .recommendation(2023, "R1", "One", "People", "Status 1", "Retained")
                    .recommendation(2024, "R1", "One", "People", "Status " + n, "Retained")),
            new Pathological("n opening brackets and emphasis markers", 50_000, n -> fixture -> fixture
                    .file("2024/r1.md", recommendation("R1", "[".repeat(n) + " " + "*_".repeat(n / 2) + "\n\n"
                            + "> ".repeat(n / 100) + "x"))),
            new Pathological("n links", 5_000, n -> fixture -> fixture
                    .file("2024/r1.md", recommendation("R1", "[R1](r1.md) ".repeat(n)))));

    private static String recommendation(String id, String wording) {
        return """
                ---
                id: %s
                title: Topic
                theme: People
                status: Some progress
                outcome: Retained
                owners: Cabinet Office
                ---
                %s

                ## Progress

                Done.
                """.formatted(id, wording);
    }

    @Test
    void knownPathologicalInputsBuildInLinearTime() throws Exception {
        for (Pathological input : PATHOLOGICAL) {
            long small = bestBuild(input, input.size(), "small");
            long large = bestBuild(input, input.size() * 4, "large");
            System.out.printf("LoaderFuzzTest: %s: n = %,d built in %d ms, n = %,d in %d ms%n", input.name(),
                    input.size(), small / 1_000_000, input.size() * 4, large / 1_000_000);
            // Four times the input: linear cost gives about 4 times the time, quadratic 16 times.
            assertTrue(large < 8 * small + 300_000_000L, input.name() + ": " + small / 1_000_000 + " ms, then "
                    + large / 1_000_000 + " ms for four times as much");
        }
    }

    private long bestBuild(Pathological input, int n, String label) throws Exception {
        Path folder = project.resolve(input.name().replaceAll("[^a-z]+", "-") + label);
        TrackerFixture fixture = new TrackerFixture(folder).standardTracker().review(2023).review(2024)
                .recommendation(2023, "R1", "Topic", "People", "Not yet assessed", "New")
                .recommendation(2024, "R1", "Topic", "People", "Some progress", "Retained");
        input.at().apply(n).accept(fixture);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fixture.build());
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
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
