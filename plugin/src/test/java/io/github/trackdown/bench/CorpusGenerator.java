package io.github.trackdown.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic tracker for benchmarks and large-site tests, and the same pages as Hugo, Jekyll and JBake sites.
 *
 * <p>JDK only, so that it runs from tests and as a single-file program:
 *
 * <pre>
 * java plugin/src/test/java/io/github/trackdown/bench/CorpusGenerator.java OUT RECOMMENDATIONS YEARS SEED
 * </pre>
 *
 * <p>Every review year has exactly {@code recommendations} recommendation files, so the tracker has
 * {@code recommendations × years} of them. A recommendation starts as {@code Not yet assessed} / {@code New},
 * then its status moves up or down the scale each year; now and then one is closed or removed, and then it
 * leaves the following reviews and a new recommendation takes its place (so the rules hold: nothing appears
 * after its removal, and nothing disappears without being closed or removed first). Bodies are about 300 words
 * with headings, lists, a GitHub table, emphasis and links to other recommendations of the same review
 * ({@code [R12](r12.md)}). As in real reviews, the wording (above {@code ## Progress}) stays the same from year to
 * year unless the outcome is {@code Revised}, which rewrites its first paragraph; the progress comment is new every
 * year. The output depends only on the arguments.
 *
 * <p>Written under {@code OUT}:
 * <ul>
 *   <li>{@code tracker/}: a Maven project ({@code pom.xml} using the plugin in the {@code site} phase) with the
 *       content in {@code src/tracker/};</li>
 *   <li>{@code hugo/}: a Hugo site with the same Markdown and front matter, one page per file plus one list
 *       page, with layouts as small as Hugo allows;</li>
 *   <li>{@code jekyll/}: the same for Jekyll ({@code id} is reserved there, so it is written {@code rec_id});</li>
 *   <li>{@code jbake/}: the same for JBake, whose pages start with its own {@code key=value} header instead of YAML,
 *       with FreeMarker templates.</li>
 * </ul>
 */
public final class CorpusGenerator {

    /** The plugin version the generated pom uses. */
    public static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";

    static final String[] THEMES = {"People", "Processes", "Technology", "Funding", "Governance", "Data quality"};

    static final String[] OWNERS = {"Cabinet Office", "Central Digital and Data Office", "Office for National Statistics",
        "HM Treasury", "Department of Health and Social Care", "Department for Education", "Home Office",
        "Ministry of Justice", "UK Statistics Authority", "Research councils"};

    private static final String[] SCALE = {"Not met", "Some progress", "Good progress"};

    private static final String[] VERBS = {"improve", "publish", "strengthen", "review", "agree", "simplify",
        "fund", "share", "document", "coordinate", "evaluate", "standardise", "support", "measure", "explain"};

    private static final String[] NOUNS = {"data", "access", "linkage", "guidance", "standards", "skills",
        "governance", "funding", "infrastructure", "records", "metadata", "consent", "trust", "security",
        "processes", "agreements", "researchers", "departments", "services", "registers", "outputs", "quality",
        "transparency", "leadership", "capability", "evidence", "users", "systems", "assurance", "timeliness"};

    private static final String[] ADJECTIVES = {"public", "secure", "timely", "consistent", "clear", "shared",
        "national", "regional", "independent", "accessible", "reliable", "coherent", "practical", "open"};

    private static final String[] LINKERS = {"so that", "because", "while", "and", "which means", "before",
        "after", "in order that", "where", "unless"};

    /** What was written. */
    public record Corpus(Path root, Path trackerProject, Path content, int years, int recommendationFiles,
            int distinctRecommendations) {

        /** Recommendation files plus one {@code review.md} per year: the Markdown files every tool renders. */
        public int markdownFiles() {
            return recommendationFiles + years;
        }
    }

    private final int recommendations;
    private final int years;
    private final long seed;
    private final int firstYear;

    /**
     * A generator.
     *
     * @param recommendations recommendation files per review year
     * @param years review years
     * @param seed the seed of every random choice
     */
    public CorpusGenerator(int recommendations, int years, long seed) {
        if (recommendations < 1 || years < 1 || years > 50) {
            throw new IllegalArgumentException("need at least one recommendation and 1 to 50 years");
        }
        this.recommendations = recommendations;
        this.years = years;
        this.seed = seed;
        this.firstYear = 2025 - years;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator OUT RECOMMENDATIONS YEARS [SEED] [--tracker-only]");
            System.exit(2);
        }
        boolean trackerOnly = List.of(args).contains("--tracker-only");
        long seed = args.length > 3 && !args[3].startsWith("--") ? Long.parseLong(args[3]) : 42;
        Corpus corpus = new CorpusGenerator(Integer.parseInt(args[1]), Integer.parseInt(args[2]), seed)
                .write(Path.of(args[0]), !trackerOnly);
        System.out.println("wrote " + corpus.recommendationFiles() + " recommendation files ("
                + corpus.distinctRecommendations() + " recommendations, " + corpus.years() + " reviews) under "
                + corpus.root());
    }

    /** One recommendation in one year, as the generator decided it. */
    private record Entry(int number, int year, String title, String theme, String status, String outcome,
            List<String> owners, String wording, String body) {

        String id() {
            return "R" + number;
        }

        String fileName() {
            return "r" + number + ".md";
        }
    }

    /**
     * Writes the tracker project and, when {@code peers}, the Hugo, Jekyll and JBake sites under {@code root}.
     */
    public Corpus write(Path root, boolean peers) throws IOException {
        Path project = root.resolve("tracker");
        Path content = project.resolve("src/tracker");
        Files.createDirectories(content);
        write(project.resolve("pom.xml"), pom());
        write(content.resolve("tracker.yml"), trackerYml());
        if (peers) {
            writeHugoSkeleton(root.resolve("hugo"));
            writeJekyllSkeleton(root.resolve("jekyll"));
            writeJbakeSkeleton(root.resolve("jbake"));
        }
        Random random = new Random(seed);
        List<Entry> previous = List.of();
        int nextNumber = 1;
        int files = 0;
        for (int y = 0; y < years; y++) {
            int year = firstYear + y;
            List<Entry> current = new ArrayList<>();
            for (Entry before : previous) {
                if (!before.outcome().equals("Removed") && !before.status().equals("Closed")) {
                    current.add(next(before, year, random));
                }
            }
            while (current.size() < recommendations) {
                current.add(fresh(nextNumber++, year, random));
            }
            List<Integer> present = current.stream().map(Entry::number).toList();
            List<Entry> withBodies = new ArrayList<>();
            for (Entry entry : current) {
                String wording = entry.wording() == null ? wording(random)
                        : entry.outcome().equals("Revised") ? revise(entry.wording(), random) : entry.wording();
                withBodies.add(new Entry(entry.number(), year, entry.title(), entry.theme(), entry.status(),
                        entry.outcome(), entry.owners(), wording, wording + comment(entry, present, random)));
            }
            String review = review(year, random);
            writeYear(root, content, year, review, withBodies, peers);
            files += withBodies.size();
            previous = withBodies;
        }
        return new Corpus(root, project, content, years, files, nextNumber - 1);
    }

    private Entry fresh(int number, int year, Random random) {
        List<String> owners = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (owners.size() < count) {
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            if (!owners.contains(owner)) {
                owners.add(owner);
            }
        }
        return new Entry(number, year, title(random), THEMES[random.nextInt(THEMES.length)], "Not yet assessed",
                "New", owners, null, null);
    }

    /** The same recommendation one review later: its status moves, and it may be revised, closed or removed. */
    private Entry next(Entry before, int year, Random random) {
        int roll = random.nextInt(100);
        String outcome = roll < 4 ? "Removed" : roll < 18 ? "Revised" : "Retained";
        String status;
        if (random.nextInt(100) < 4) {
            status = "Closed";
        } else {
            int rank = before.status().equals("Not yet assessed") ? random.nextInt(SCALE.length)
                    : Math.max(0, Math.min(SCALE.length - 1, indexOf(before.status()) + random.nextInt(3) - 1));
            status = SCALE[rank];
        }
        String title = outcome.equals("Revised") ? title(random) : before.title();
        return new Entry(before.number(), year, title, before.theme(), status, outcome, before.owners(),
                before.wording(), null);
    }

    private static int indexOf(String status) {
        for (int i = 0; i < SCALE.length; i++) {
            if (SCALE[i].equals(status)) {
                return i;
            }
        }
        return 0;
    }

    private static String title(Random random) {
        return capitalise(pick(VERBS, random)) + " " + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " "
                + pick(NOUNS, random);
    }

    // Bodies

    /** About 130 words: a paragraph, a heading, another paragraph and a list. */
    private static String wording(Random random) {
        StringBuilder text = new StringBuilder(1200);
        text.append(firstParagraph(random));
        text.append("### Why it matters\n\n").append(sentences(random, 3, 11)).append("\n\n");
        for (int i = 0; i < 3; i++) {
            text.append("- ").append(sentence(random, 6 + random.nextInt(5))).append('\n');
        }
        return text.toString();
    }

    private static String firstParagraph(Random random) {
        return capitalise(pick(OWNERS, random)) + " should " + pick(VERBS, random) + ' ' + pick(ADJECTIVES, random)
                + ' ' + pick(NOUNS, random) + ' ' + sentences(random, 4, 12) + "\n\n";
    }

    /** A revised wording: its first paragraph rewritten, the rest kept. */
    private static String revise(String wording, Random random) {
        return firstParagraph(random) + wording.substring(wording.indexOf("### Why it matters"));
    }

    /** About 170 words: the review's finding, links to other recommendations, a table and a numbered list. */
    private String comment(Entry entry, List<Integer> present, Random random) {
        StringBuilder text = new StringBuilder(1600);
        text.append("\n## Progress\n\n");
        text.append("In ").append(entry.year()).append(" the review found **")
                .append(entry.status().toLowerCase(Locale.ROOT)).append("**. ").append(sentences(random, 3, 12))
                .append(" This builds on ").append(link(present, entry, random)).append(" and ")
                .append(link(present, entry, random)).append(".\n\n");
        text.append("| Milestone | Owner | Due |\n|---|---|---|\n");
        for (int i = 0; i < 3; i++) {
            text.append("| ").append(capitalise(pick(VERBS, random))).append(' ').append(pick(NOUNS, random))
                    .append(" | ").append(pick(OWNERS, random)).append(" | ").append(entry.year() + 1 + i % 2)
                    .append(" |\n");
        }
        text.append('\n');
        for (int i = 1; i <= 3; i++) {
            text.append(i).append(". ").append(sentence(random, 6 + random.nextInt(4))).append('\n');
        }
        text.append('\n').append(sentences(random, 2, 10)).append(" See also ").append(link(present, entry, random))
                .append(", and *").append(pick(NOUNS, random)).append("* in the [review](review.md).\n");
        return text.toString();
    }

    private static String link(List<Integer> present, Entry self, Random random) {
        int number = present.get(random.nextInt(present.size()));
        if (number == self.number() && present.size() > 1) {
            number = present.get((present.indexOf(number) + 1) % present.size());
        }
        return "[R" + number + "](r" + number + ".md)";
    }

    private static String sentences(Random random, int count, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence(random, words - 2 + random.nextInt(5)));
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder(capitalise(pick(NOUNS, random)));
        for (int i = 1; i < words; i++) {
            text.append(' ');
            int kind = random.nextInt(10);
            text.append(kind < 4 ? pick(NOUNS, random) : kind < 6 ? pick(ADJECTIVES, random)
                    : kind < 8 ? pick(VERBS, random) : pick(LINKERS, random));
        }
        return text.append('.').toString();
    }

    private static String review(int year, Random random) {
        return "The " + year + " review followed up every recommendation. " + sentences(random, 4, 12) + "\n\n"
                + "## Main findings\n\n- " + sentence(random, 10) + "\n- " + sentence(random, 10) + "\n- "
                + sentence(random, 10) + "\n\n" + sentences(random, 3, 12) + "\n";
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // Files

    private void writeYear(Path root, Path content, int year, String review, List<Entry> entries, boolean peers)
            throws IOException {
        Path trackerYear = content.resolve(Integer.toString(year));
        Files.createDirectories(trackerYear);
        String reviewFront = "title: \"Review of the recommendations: " + year + "\"\npublished: " + year
                + "-07-01\nsource: https://example.org/reviews/" + year + "\n";
        write(trackerYear.resolve("review.md"), "---\n" + reviewFront + "---\n" + review);
        Path hugo = root.resolve("hugo/content/recs/" + year);
        Path jekyll = root.resolve("jekyll/recs/" + year);
        Path jbake = root.resolve("jbake/content/recs/" + year);
        if (peers) {
            Files.createDirectories(hugo);
            Files.createDirectories(jekyll);
            write(hugo.resolve("review.md"), "---\n" + reviewFront + "---\n" + review);
            write(jekyll.resolve("review.md"), "---\n" + reviewFront + "---\n" + review);
            write(jbake.resolve("review.md"), "title=Review of the recommendations: " + year + "\ndate=" + year
                    + "-07-01\ntype=post\nstatus=published\n~~~~~~\n" + review);
        }
        for (Entry entry : entries) {
            String front = frontMatter(entry, "id");
            write(trackerYear.resolve(entry.fileName()), "---\n" + front + "---\n" + entry.body());
            if (peers) {
                write(hugo.resolve(entry.fileName()), "---\n" + front + "---\n" + entry.body());
                write(jekyll.resolve(entry.fileName()), "---\n" + frontMatter(entry, "rec_id") + "---\n"
                        + entry.body());
                write(jbake.resolve(entry.fileName()), jbakeHeader(entry, year) + entry.body());
            }
        }
    }

    /** JBake reads no YAML front matter: its own {@code key=value} lines, closed by {@code ~~~~~~}. */
    private static String jbakeHeader(Entry entry, int year) {
        return "title=" + entry.title() + "\ndate=" + year + "-07-01\ntype=post\nstatus=published\nrec_id="
                + entry.id() + "\nrec_status=" + entry.status() + "\nrec_outcome=" + entry.outcome() + "\nrec_theme="
                + entry.theme() + "\n~~~~~~\n";
    }

    private static String frontMatter(Entry entry, String idKey) {
        StringBuilder text = new StringBuilder();
        text.append(idKey).append(": ").append(entry.id()).append('\n');
        text.append("title: ").append(entry.title()).append('\n');
        text.append("theme: ").append(entry.theme()).append('\n');
        text.append("status: ").append(entry.status()).append('\n');
        text.append("outcome: ").append(entry.outcome()).append('\n');
        text.append("owners:\n");
        for (String owner : entry.owners()) {
            text.append("  - ").append(owner).append('\n');
        }
        return text.toString();
    }

    static String trackerYml() {
        StringBuilder text = new StringBuilder("""
                title: Generated benchmark tracker
                description: Synthetic recommendations followed across yearly reviews, for benchmarks.
                publisher: Trackdown benchmarks
                statuses:
                  - name: Not yet assessed
                    meaning: Made in this review.
                    kind: unassessed
                  - name: Not met
                    meaning: No progress.
                  - name: Some progress
                    meaning: Some progress.
                  - name: Good progress
                    meaning: Good progress.
                  - name: Closed
                    meaning: No longer followed.
                    kind: closed
                outcomes:
                  - name: New
                    meaning: Made in this review.
                  - name: Retained
                    meaning: Kept as it was.
                  - name: Revised
                    meaning: Changed.
                  - name: Removed
                    meaning: Dropped.
                    kind: removed
                themes:
                """);
        for (String theme : THEMES) {
            text.append("  - name: ").append(theme).append("\n    description: Recommendations on ")
                    .append(theme.toLowerCase(Locale.ROOT)).append(".\n");
        }
        return text.toString();
    }

    static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.trackdown.bench</groupId>
                  <artifactId>generated-tracker</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-site-plugin</artifactId>
                          <version>3.21.0</version>
                          <executions>
                            <execution>
                              <id>default-site</id>
                              <phase>none</phase>
                            </execution>
                          </executions>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>io.github.trackdown</groupId>
                        <artifactId>trackdown-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(PLUGIN_VERSION);
    }

    private static void writeHugoSkeleton(Path hugo) throws IOException {
        write(hugo.resolve("config.toml"), """
                baseURL = "http://example.org/"
                title = "Generated benchmark tracker"
                uglyURLs = true
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><h1>{{ .Params.id }} {{ .Title }}</h1>
                <p>{{ .Params.status }} · {{ .Params.outcome }} · {{ .Params.theme }}</p>
                {{ .Content }}
                </body></html>
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><h1>{{ .Title }}</h1></body></html>
                """);
        write(hugo.resolve("layouts/index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
                <body><h1>{{ .Site.Title }}</h1><ul>
                {{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Params.id }} {{ .Title }}</a> {{ .Params.status }}</li>
                {{ end }}</ul></body></html>
                """);
    }

    private static void writeJekyllSkeleton(Path jekyll) throws IOException {
        write(jekyll.resolve("_config.yml"), """
                title: Generated benchmark tracker
                markdown: kramdown
                kramdown:
                  input: GFM
                defaults:
                  - scope:
                      path: "recs"
                    values:
                      layout: page
                """);
        write(jekyll.resolve("_layouts/page.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
                <body><h1>{{ page.rec_id }} {{ page.title }}</h1>
                <p>{{ page.status }} · {{ page.outcome }} · {{ page.theme }}</p>
                {{ content }}
                </body></html>
                """);
        write(jekyll.resolve("index.html"), """
                ---
                title: Generated benchmark tracker
                ---
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ site.title }}</title></head>
                <body><h1>{{ site.title }}</h1><ul>
                {% for p in site.pages %}{% if p.rec_id %}<li><a href="{{ p.url | relative_url }}">{{ p.rec_id }} {{ p.title }}</a> {{ p.status }}</li>
                {% endif %}{% endfor %}</ul></body></html>
                """);
    }

    private static void writeJbakeSkeleton(Path jbake) throws IOException {
        write(jbake.resolve("jbake.properties"), """
                site.host=http://example.org
                render.index=true
                render.archive=false
                render.feed=false
                render.sitemap=false
                render.tags=false
                template.post.file=post.ftl
                template.index.file=index.ftl
                markdown.extensions=TABLES
                """);
        write(jbake.resolve("templates/post.ftl"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
                <body><h1>${content.rec_id!""} ${content.title}</h1>
                <p>${content.rec_status!""} · ${content.rec_outcome!""} · ${content.rec_theme!""}</p>
                ${content.body}
                </body></html>
                """);
        write(jbake.resolve("templates/index.ftl"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Generated benchmark tracker</title></head>
                <body><h1>Generated benchmark tracker</h1><ul>
                <#list published_posts as post><li><a href="${post.uri}">${post.rec_id!""} ${post.title}</a> ${post.rec_status!""}</li>
                </#list></ul></body></html>
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
