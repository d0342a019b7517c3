package io.github.trackdown.bench;

import io.github.trackdown.BuildReport;
import io.github.trackdown.Trackdown;
import io.github.trackdown.internal.write.Folders;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds one tracker K times in one JVM with the public engine API and reports the warm speed.
 *
 * <pre>
 * java -cp CLASSPATH io.github.trackdown.bench.InProcessBenchmark CONTENT_DIR OUTPUT_DIR [K=10]
 * </pre>
 *
 * <p>The first build pays for class loading and JIT compilation, and on two cores the JIT compiler goes on
 * optimising for several builds more: the first half of the builds warm up, and the median of the second half is
 * the warm figure (as JMH's warm-up iterations would be). These rebuild the published site, as a second
 * {@code mvn site} does: files whose bytes did not change are kept, not written again. Then K/2 more builds go into an
 * emptied folder (emptied before the clock starts), writing every file, as a first {@code mvn site} does. "Markdown pages/s" counts the Markdown files read (recommendation files and {@code review.md}), as Hugo
 * counts its pages; "files written/s" counts every file of the site (one HTML page per recommendation, not per
 * file, plus the review, theme, owner and comparison pages, and the data files).
 */
public final class InProcessBenchmark {

    private InProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: InProcessBenchmark CONTENT_DIR OUTPUT_DIR [K=10]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long markdownFiles;
        try (Stream<Path> files = Files.walk(content)) {
            markdownFiles = files.filter(f -> f.toString().endsWith(".md")).count();
        }
        Trackdown engine = Trackdown.builder().contentDirectory(content).outputDirectory(output)
                .projectDirectory(content.getParent() == null ? content : content.getParent()).build();
        List<Double> warm = new ArrayList<>();
        double first = 0;
        int pages = 0;
        for (int i = 0; i < runs; i++) {
            TimedBuild build = timedBuild(engine, "build " + (i + 1));
            double seconds = build.seconds();
            pages = build.filesWritten();
            if (i == 0) {
                first = seconds;
            }
            if (i >= runs / 2 && runs > 1) {
                warm.add(seconds);
            }
        }
        // The same, warm, into an empty folder each time (emptied before the clock starts): every file is written.
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i < runs / 2; i++) {
            Folders.deleteTree(output);
            empty.add(timedBuild(engine, "build into an empty folder " + (i + 1)).seconds());
        }
        double median = warm.isEmpty() ? first : median(warm);
        System.out.printf("in-process: %d Markdown files -> %d files written; first build %.3f s;"
                + " %s %.3f s = %.0f Markdown pages/s, %.0f files written/s; heap peak %d MB%n",
                markdownFiles, pages, first, warm.isEmpty() ? "that is" : "warm median over " + warm.size()
                + " rebuilds of the published site (files with the same bytes kept)", median, markdownFiles / median,
                pages / median, heapPeakMegabytes());
        if (!empty.isEmpty()) {
            double emptyMedian = median(empty);
            System.out.printf("in-process: warm median over %d builds into an empty folder %.3f s = %.0f Markdown"
                    + " pages/s, %.0f files written/s%n", empty.size(), emptyMedian, markdownFiles / emptyMedian,
                    pages / emptyMedian);
        }
    }

    /** How long one build took, and how many files it wrote. */
    private record TimedBuild(double seconds, int filesWritten) {
    }

    private static TimedBuild timedBuild(Trackdown engine, String name) throws Exception {
        long start = System.nanoTime();
        BuildReport report = engine.build();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.warnings().isEmpty()) {
            System.out.println("warnings: " + report.warnings().size() + ", first: " + report.warnings().get(0));
        }
        System.out.printf("%s: %.3f s%n", name, seconds);
        return new TimedBuild(seconds, report.filesWritten());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The sum of the heap pools' peak use: an upper bound of the live heap the builds needed. */
    static long heapPeakMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
