package io.github.trackdown.bench;

import io.github.trackdown.internal.check.ContentChecker;
import io.github.trackdown.internal.compare.TrackerComparison;
import io.github.trackdown.internal.content.ContentLoader;
import io.github.trackdown.internal.content.LoadedContent;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.render.SiteRenderer;
import io.github.trackdown.internal.render.Templates;
import io.github.trackdown.report.Problems;
import io.github.trackdown.internal.write.SiteWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the engine's stages one by one in a warm JVM: load, check, compare, render, write.
 *
 * <pre>
 * java -cp CLASSPATH io.github.trackdown.bench.StageBenchmark CONTENT_DIR OUTPUT_DIR [WARMUP=3] [MEASURED=5]
 * </pre>
 *
 * <p>A small harness in the spirit of JMH, without its dependency: warm-up iterations that are thrown away, then
 * measured iterations, each running every stage once on fresh inputs, with a full GC between iterations (not
 * inside a stage); it prints the median, minimum and maximum per stage. "render" includes building the
 * renderer, which computes the comparisons again; "compare" times the comparisons alone.
 */
public final class StageBenchmark {

    private StageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: StageBenchmark CONTENT_DIR OUTPUT_DIR [WARMUP=3] [MEASURED=5]");
            System.exit(2);
        }
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String stage : List.of("load", "check", "compare", "render", "write", "total")) {
            times.put(stage, new ArrayList<>());
        }
        int files = 0;
        for (int i = 0; i < warmup + measured; i++) {
            System.gc();
            Problems problems = new Problems();
            long t0 = System.nanoTime();
            LoadedContent loaded = new ContentLoader(content, content.getParent(), problems).load();
            long t1 = System.nanoTime();
            Tracker tracker = new ContentChecker(problems).check(loaded);
            long t2 = System.nanoTime();
            TrackerComparison comparison = TrackerComparison.of(tracker);
            long t3 = System.nanoTime();
            // Pages are rendered into memory here, not streamed to their files, to time rendering and writing apart.
            List<OutputFile> pages = new SiteRenderer(comparison, new Templates(), false, "", content, p -> p,
                    problems).render()
                    .stream().map(page -> new OutputFile(page.path(), page.bytes())).toList();
            long t4 = System.nanoTime();
            files = new SiteWriter(output).write(pages);
            long t5 = System.nanoTime();
            if (problems.fail(false)) {
                throw new IllegalStateException("the content has errors: " + problems.sorted());
            }
            if (i >= warmup) {
                times.get("load").add((t1 - t0) / 1e6);
                times.get("check").add((t2 - t1) / 1e6);
                times.get("compare").add((t3 - t2) / 1e6);
                times.get("render").add((t4 - t3) / 1e6);
                times.get("write").add((t5 - t4) / 1e6);
                times.get("total").add((t5 - t0) / 1e6);
            }
        }
        System.out.printf("stages (%d warm-up, %d measured iterations; %d files written), ms:%n", warmup, measured,
                files);
        System.out.printf("  %-8s %10s %10s %10s%n", "stage", "median", "min", "max");
        times.forEach((stage, values) -> System.out.printf("  %-8s %10.1f %10.1f %10.1f%n", stage,
                InProcessBenchmark.median(values), values.stream().mapToDouble(d -> d).min().orElse(0),
                values.stream().mapToDouble(d -> d).max().orElse(0)));
    }
}
