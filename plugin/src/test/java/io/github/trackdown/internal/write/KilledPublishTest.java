package io.github.trackdown.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.ManyYearTracker;
import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with {@code kill -9} at any moment leaves the output folder holding the whole previous site or the
 * whole new one, with another tool's {@code CNAME} in both.
 *
 * <p>A child JVM builds the OSR tracker and the five-year tracker into one folder in turn; it is killed after a delay
 * that differs per trial, spread over its second build (even trials) or its third (odd ones). The normal build runs
 * {@value #DEFAULT_TRIALS} trials; run more with {@code -Dtrackdown.kill.trials=100}.
 */
class KilledPublishTest {

    static final int DEFAULT_TRIALS = 6;
    private static final String CNAME = "tracker.example.org\n";

    @TempDir
    Path project;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOneWithTheCname() throws Exception {
        int trials = Integer.getInteger("trackdown.kill.trials", DEFAULT_TRIALS);
        Path osr = TrackerFixture.copyTree(Path.of("..", "site-content", "src", "tracker"), project.resolve("osr"));
        Path fiveYears = ManyYearTracker.write(project.resolve("five-years"));
        Map<String, byte[]> osrSite = reference(osr, "osr-site");
        Map<String, byte[]> fiveYearSite = reference(fiveYears, "five-year-site");
        Path site = project.resolve("target/site");
        Trackdown.builder().contentDirectory(osr).outputDirectory(site).build().build();
        Files.writeString(site.resolve("CNAME"), CNAME);

        int old = 0;
        int next = 0;
        int asideUntilNextBuild = 0;
        long builtInChild = 0;
        for (int trial = 0; trial < trials; trial++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    BuildLoop.class.getName(), osr.toString(), fiveYears.toString(), site.toString())
                    .redirectErrorStream(true).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)).lines().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            // Even trials kill the child during or after its build of the five-year tracker, odd trials during or
            // after its next build of the OSR one: the delay after the build before grows from 0 to that build's time,
            // so the kills fall from the start of a build to its swap and after, and both sites are left at least once.
            String before = trial % 2 == 0 ? "built 0 in " : "built 1 in ";
            String built;
            do {
                built = lines.poll(60, TimeUnit.SECONDS);
                assertTrue(built != null && built.startsWith("built "), "the child built: " + built);
            } while (!built.startsWith(before));
            long buildMillis = Long.parseLong(built.substring(before.length()).replaceAll("\\D+", ""));
            int ofThisParity = (trials - trial % 2 + 1) / 2;
            long delay = buildMillis * (trial / 2) / Math.max(1, ofThisParity - 1) + trial % 5;
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL on Linux: kill -9
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            builtInChild += 1 + lines.stream().filter(line -> line.startsWith("built ")).count();
            if (!Files.exists(site) && Files.exists(site.resolveSibling("site.trackdown-old"))) {
                // Killed between the two renames of the swap: the next build's first step puts the old site back.
                asideUntilNextBuild++;
                new SiteWriter(site).stage().close();
            }
            Map<String, byte[]> found = files(site);
            assertTrue(Arrays.equals(CNAME.getBytes(), found.remove("CNAME")), "trial " + trial + ": CNAME kept");
            if (same(found, osrSite)) {
                old++;
            } else if (same(found, fiveYearSite)) {
                next++;
            } else {
                fail("trial " + trial + " (killed " + delay + " ms after its first build): the output folder mixes two"
                        + " sites: "
                        + found.size() + " files");
            }
        }
        System.out.printf("KilledPublishTest: %d kill -9 trials (%d builds completed in the children): %d left the OSR"
                + " site, %d the five-year site, %d the old site aside until the next build; none mixed, CNAME always"
                + " kept%n", trials, builtInChild, old, next, asideUntilNextBuild);
        assertTrue(old > 0 && next > 0, "the kills fell both before and after a swap");
        assertEquals(trials, old + next);
    }

    private Map<String, byte[]> reference(Path content, String name) throws Exception {
        Path out = project.resolve(name);
        Trackdown.builder().contentDirectory(content).outputDirectory(out).build().build();
        return files(out);
    }

    private static boolean same(Map<String, byte[]> found, Map<String, byte[]> expected) {
        if (!found.keySet().equals(expected.keySet())) {
            return false;
        }
        return expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), found.get(e.getKey())));
    }

    /** Every file of a folder, by relative path, without the manifest. */
    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = folder.relativize(file).toString().replace(File.separatorChar, '/');
                if (!path.equals(SiteWriter.MANIFEST)) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
