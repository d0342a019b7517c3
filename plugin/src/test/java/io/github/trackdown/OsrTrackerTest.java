package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.internal.compare.Comparisons;
import io.github.trackdown.internal.compare.YearCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real tracker in site-content: the figures its site must show. */
public class OsrTrackerTest {

    static final Path CONTENT = Path.of("..", "site-content", "src", "tracker");

    @TempDir
    Path output;

    @Test
    void theOsrContentIsCorrectWithoutWarnings() throws Exception {
        BuildReport report = engine().check();

        assertEquals(List.of(), report.warnings());
        assertEquals(16, report.tracker().recommendations().size());
        assertEquals(List.of(2023, 2024), report.tracker().years());
    }

    @Test
    void the2024ReviewHasTheCountsOfTheFollowUpReport() throws Exception {
        BuildReport report = engine().check();

        YearCounts latest = Comparisons.countsPerYear(report.tracker()).get(1);
        assertEquals(2, latest.countOf("Good progress"));
        assertEquals(5, latest.countOf("Some progress"));
        assertEquals(7, latest.countOf("Not met"));
        assertEquals(2, latest.countOf("Closed"));
        assertEquals(16, latest.total());
    }

    @Test
    void the2024OutcomesAreThoseOfTheFollowUpReport() throws Exception {
        BuildReport report = engine().check();

        var outcomes = report.tracker().latestReview().assessments().stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.outcome().name(),
                        java.util.stream.Collectors.counting()));
        assertEquals(3L, outcomes.get("Retained"));
        assertEquals(7L, outcomes.get("Retained with minor amendments"));
        assertEquals(4L, outcomes.get("Revised"));
        assertEquals(2L, outcomes.get("Removed"));
    }

    @Test
    void theSiteHasSixteenRecommendationPagesAndTheCountsOnTheHomePage() throws Exception {
        Path site = output.resolve("site");
        Trackdown.builder().contentDirectory(CONTENT).outputDirectory(site).build().build();

        try (var pages = Files.list(site.resolve("recommendations"))) {
            assertEquals(16, pages.count());
        }
        String home = SiteBuildTest.text(Files.readString(site.resolve("index.html")));
        assertTrue(home.contains("2 Good progress"), home);
        assertTrue(home.contains("5 Some progress"), home);
        assertTrue(home.contains("7 Not met"), home);
        assertTrue(home.contains("2 Closed"), home);
        assertTrue(home.contains("What the review decided 3 Retained 7 Retained with minor amendments 4 Revised"
                + " 2 Removed"), home);
        assertTrue(home.contains("Renamed: R2 Public Engagement (was: Public engagement guidance);"
                + " R7 Collaboration and resolution (was: Arbitration of data-sharing disputes);"
                + " R11 Clarity and Communication (was: Recommendation 11);"
                + " R15 Metadata and documentation (was: Sufficient Resources);"), home);
        assertTrue(home.contains("Removed: R9 Recommendation 9; R12 Checklists for data sharing and linkage;"), home);
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void fourRecommendationsWereRenamedIn2024AsTheFollowUpSays() throws Exception {
        var tracker = engine().check().tracker();

        var renamed = tracker.recommendations().stream()
                .filter(r -> r.history().size() == 2
                        && !r.history().get(0).title().equals(r.history().get(1).title()))
                .map(r -> r.id() + ": " + r.history().get(1).title()).toList();
        assertEquals(List.of("R2: Public Engagement", "R7: Collaboration and resolution",
                "R11: Clarity and Communication", "R15: Metadata and documentation"), renamed);
    }

    @Test
    void bothReviewsGiveOnlyTheMonthOfPublicationBecauseNoSourceGivesTheDay() throws Exception {
        var reviews = engine().check().tracker().reviews();

        assertEquals(List.of("2023-07", "2024-07"), reviews.stream()
                .filter(io.github.trackdown.model.Review::publishedMonthOnly)
                .map(r -> java.time.YearMonth.from(r.published()).toString()).toList());
    }

    @Test
    void the2024ReviewChangesAreItsOutcomesItsFourRenamingsItsTwoRemovalsAndFourteenFirstAssessments()
            throws Exception {
        var changes = io.github.trackdown.internal.compare.ReviewChanges.of(engine().check().tracker(), 2024);

        assertEquals(List.of("Retained: R8 R13 R16", "Retained with minor amendments: R1 R3 R4 R5 R6 R10 R14",
                "Revised: R2 R7 R11 R15", "Removed: R9 R12"), changes.outcomes().stream()
                .map(g -> g.outcome().name() + ": " + ids(g.recommendations())).toList());
        assertEquals(List.of("R2 Public engagement guidance -> Public Engagement",
                "R7 Arbitration of data-sharing disputes -> Collaboration and resolution",
                "R11 Recommendation 11 -> Clarity and Communication",
                "R15 Sufficient Resources -> Metadata and documentation"), changes.renamed().stream()
                .map(r -> r.recommendation().id() + " " + r.before() + " -> " + r.after()).toList());
        assertEquals("R9 R12", ids(changes.removed()));
        assertEquals(List.of("Not yet assessed -> Not met: 7", "Not yet assessed -> Some progress: 5",
                "Not yet assessed -> Good progress: 2", "Not yet assessed -> Closed: 2"), changes.moves().stream()
                .map(m -> m.from().name() + " -> " + m.to().name() + ": " + m.recommendations().size()).toList());
        assertEquals(2023, changes.previousYear());
    }

    @Test
    void theFirstReviewChangesNothingAndMadeSixteenNewRecommendations() throws Exception {
        var changes = io.github.trackdown.internal.compare.ReviewChanges.of(engine().check().tracker(), 2023);

        assertEquals(false, changes.anyChange());
        assertEquals(List.of("New: 16"), changes.outcomes().stream()
                .map(g -> g.outcome().name() + ": " + g.recommendations().size()).toList());
    }

    @Test
    void noPageSaysOneRecommendationsAndTheDatesAreTheMonthsOfPublication() throws Exception {
        Path content = output.resolve("content");
        TrackerFixture.copyTree(CONTENT, content);
        Path r9 = content.resolve("2024/r9.md");
        // A second body with a single recommendation: the owners page then counts "1 recommendation".
        Files.writeString(r9, Files.readString(r9).replace("  - Government", "  - Data owners"));
        Path site = output.resolve("site");
        Trackdown.builder().contentDirectory(content).outputDirectory(site).build().build();

        List<String> wrong = new java.util.ArrayList<>();
        for (Path page : SiteLinks.htmlPages(site)) {
            String text = SiteBuildTest.text(Files.readString(page));
            if (java.util.regex.Pattern.compile("(?<![\\d.,])1 recommendations").matcher(text).find()) {
                wrong.add(site.relativize(page).toString());
            }
        }
        assertEquals(List.of(), wrong);
        String owners = SiteBuildTest.text(Files.readString(site.resolve("owners.html")));
        assertTrue(owners.contains("(1 recommendation)"), owners);
        String review = SiteBuildTest.text(Files.readString(site.resolve("reviews/2024.html")));
        assertTrue(review.contains("published July 2024."), review);
        assertTrue(!review.contains("1 July"), review);
    }

    private static String ids(List<io.github.trackdown.model.Recommendation> recommendations) {
        return String.join(" ", recommendations.stream().map(io.github.trackdown.model.Recommendation::id).toList());
    }

    private static Trackdown engine() {
        return Trackdown.builder().contentDirectory(CONTENT).build();
    }

    @Test
    void theTransitionTableFrom2023To2024AccountsForAllSixteen() throws Exception {
        var table = Comparisons.transitions(engine().check().tracker(), 2023, 2024);

        assertEquals(16, table.total());
        assertEquals(7, table.count("Not yet assessed", "Not met"));
        assertEquals(5, table.count("Not yet assessed", "Some progress"));
        assertEquals(2, table.count("Not yet assessed", "Good progress"));
        assertEquals(2, table.count("Not yet assessed", "Closed"));
    }

    @Test
    void changingOneStatusLineChangesTheCountsOnTheHomePage() throws Exception {
        Path content = output.resolve("content");
        TrackerFixture.copyTree(CONTENT, content);
        Path r6 = content.resolve("2024/r6.md");
        Files.writeString(r6, Files.readString(r6).replace("status: Not met", "status: Some progress"));
        Path site = output.resolve("site");
        Trackdown.builder().contentDirectory(content).outputDirectory(site).build().build();

        String home = SiteBuildTest.text(Files.readString(site.resolve("index.html")));
        assertTrue(home.contains("6 Not met (38%)"), home);
        assertTrue(home.contains("6 Some progress (38%)"), home);
    }

    @Test
    void aMisspeltStatusInTheOsrContentNamesTheFileAndLine() throws Exception {
        Path content = output.resolve("content");
        TrackerFixture.copyTree(CONTENT, content);
        Path r6 = content.resolve("2024/r6.md");
        Files.writeString(r6, Files.readString(r6).replace("status: Not met", "status: Not mett"));

        var failure = org.junit.jupiter.api.Assertions.assertThrows(io.github.trackdown.report.ContentException.class,
                () -> Trackdown.builder().contentDirectory(content).projectDirectory(output).build().check());
        assertEquals(List.of("content/2024/r6.md:5:9: error: `Not mett` is not a status of this tracker; did you mean"
                + " `Not met`? (allowed: Not yet assessed, Not met, Some progress, Good progress, Closed)"),
                failure.problems().stream().map(Object::toString).toList());
    }

    @Test
    void threeMistakesInThreeFilesAreAllReportedAndThePreviousSiteStaysByteIdentical() throws Exception {
        Path content = output.resolve("content");
        TrackerFixture.copyTree(CONTENT, content);
        Path site = output.resolve("site");
        Trackdown engine = Trackdown.builder().contentDirectory(content).outputDirectory(site).projectDirectory(output)
                .build();
        engine.build();
        String before = snapshot(site);
        replace(content.resolve("2024/r3.md"), "status: Some progress", "status: Some progess");
        replace(content.resolve("2024/r11.md"), "outcome: Revised", "outcme: Revised");
        replace(content.resolve("2023/review.md"), "published: 2023-07 ", "published: 2023-07-32 ");

        var failure = org.junit.jupiter.api.Assertions.assertThrows(io.github.trackdown.report.ContentException.class,
                engine::build);
        assertEquals(List.of(
                "content/2023/review.md:3:12: error: `2023-07-32` is not a date; write the publication date as"
                        + " YYYY-MM-DD, such as 2024-07-18, or only its month as YYYY-MM, such as 2024-07, when the"
                        + " day is not known",
                "content/2024/r11.md:6:1: error: unknown key `outcme`; did you mean `outcome`? (allowed here: id,"
                        + " title, theme, status, outcome, owners, response, due, priority, evidence, draft)",
                "content/2024/r3.md:5:9: error: `Some progess` is not a status of this tracker; did you mean"
                        + " `Some progress`? (allowed: Not yet assessed, Not met, Some progress, Good progress, Closed)"),
                failure.problems().stream().map(Object::toString).toList());
        assertEquals("3 errors, 0 warnings in 3 files", failure.getMessage());
        assertEquals(before, snapshot(site));
    }

    static void replace(Path file, String from, String to) throws java.io.IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }

    static String snapshot(Path site) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append("== ").append(site.relativize(file)).append('\n')
                        .append(java.util.HexFormat.of().formatHex(Files.readAllBytes(file))).append('\n');
            }
        }
        return all.toString();
    }
}
