package io.github.trackdown.bench;

import io.github.trackdown.internal.write.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a synthetic portfolio for benchmarks: {@code reports} reports, each a tracker of {@link CorpusGenerator}
 * (its own seed), in one content folder with a {@code portfolio.yml}; and the same Markdown as one Hugo site, each
 * report a section of its own.
 *
 * <pre>
 * java -cp CLASSPATH io.github.trackdown.bench.PortfolioCorpusGenerator OUT REPORTS RECOMMENDATIONS YEARS [SEED]
 * </pre>
 *
 * <p>Written under {@code OUT}: {@code tracker/} (a Maven project using the plugin in the {@code site} phase, the
 * portfolio in {@code src/tracker/}, reports in {@code report-001/}...) and {@code hugo/} (the report folders under
 * {@code content/}). The output depends only on the arguments.
 */
public final class PortfolioCorpusGenerator {

    private PortfolioCorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: PortfolioCorpusGenerator OUT REPORTS RECOMMENDATIONS YEARS [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int reports = Integer.parseInt(args[1]);
        int recommendations = Integer.parseInt(args[2]);
        int years = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        int files = write(out, reports, recommendations, years, seed);
        System.out.println("wrote " + files + " recommendation files (" + reports + " reports of " + recommendations
                + " recommendations x " + years + " reviews) under " + out);
    }

    /** Writes the portfolio and the Hugo site; returns how many recommendation files each has. */
    public static int write(Path out, int reports, int recommendations, int years, long seed) throws IOException {
        Path content = out.resolve("tracker/src/tracker");
        Files.createDirectories(content);
        Files.writeString(out.resolve("tracker/pom.xml"), CorpusGenerator.pom(), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("portfolio.yml"), """
                title: Generated benchmark portfolio
                description: Synthetic reports whose recommendations are followed across yearly reviews.
                publisher: Trackdown benchmarks
                aliases:
                  Cabinet Office:
                    - The Cabinet Office
                """, StandardCharsets.UTF_8);
        Path hugoContent = out.resolve("hugo/content");
        Files.createDirectories(hugoContent);
        int files = 0;
        for (int i = 1; i <= reports; i++) {
            String folder = "report-%03d".formatted(i);
            Path scratch = out.resolve("scratch-" + folder);
            CorpusGenerator.Corpus corpus = new CorpusGenerator(recommendations, years, seed + i).write(scratch, true);
            files += corpus.recommendationFiles();
            Path report = content.resolve(folder);
            Files.move(corpus.content(), report);
            String trackerYml = Files.readString(report.resolve("tracker.yml"), StandardCharsets.UTF_8);
            Files.writeString(report.resolve("tracker.yml"), trackerYml.replace("title: Generated benchmark tracker",
                    "title: Generated report " + i), StandardCharsets.UTF_8);
            Files.move(scratch.resolve("hugo/content/recs"), hugoContent.resolve(folder));
            if (i == 1) {
                Files.move(scratch.resolve("hugo/config.toml"), out.resolve("hugo/config.toml"));
                Files.move(scratch.resolve("hugo/layouts"), out.resolve("hugo/layouts"));
            }
            Folders.deleteTree(scratch);
        }
        // One report names the Cabinet Office by its alias, so that the alias names an owner.
        Path first = content.resolve("report-001");
        try (Stream<Path> all = Files.walk(first)) {
            for (Path file : all.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replace("  - Cabinet Office\n", "  - The Cabinet Office\n"),
                        StandardCharsets.UTF_8);
            }
        }
        return files;
    }
}
