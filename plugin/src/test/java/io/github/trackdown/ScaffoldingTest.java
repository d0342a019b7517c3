package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Review;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code new-review} and {@code new}: new content files from the latest review. */
class ScaffoldingTest {

    static final Path OSR_CONTENT = Path.of("..", "site-content", "src", "tracker");

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void threeRecommendationsOneOfThemRemovedAndOneClosed() {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2023)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2023, "R2", "Checklists", "Processes", "Not yet assessed", "New")
                .recommendation(2023, "R3", "Funding", "Processes", "Not yet assessed", "New")
                .recommendation(2023, "R4", "Leadership", "People", "Not yet assessed", "New")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Revised")
                .recommendation(2024, "R2", "Checklists", "Processes", "Not met", "Removed")
                .recommendation(2024, "R3", "Funding", "Processes", "Closed", "Retained")
                .recommendation(2024, "R4", "Leadership", "People", "Good progress", "Retained");
    }

    @Test
    void theOsrContentGetsA2025FolderWithTheFourteenRecommendationsNotRemovedAndStillBuilds() throws Exception {
        Path osr = project.resolve("osr");
        Path content = TrackerFixture.copyTree(OSR_CONTENT, osr.resolve("src/tracker"));
        Trackdown engine = Trackdown.builder().contentDirectory(content).projectDirectory(osr)
                .outputDirectory(osr.resolve("target/site")).build();

        Scaffolded made = engine.newReview(2025);

        assertEquals(15, made.created().size(), "review.md and 14 recommendations");
        assertEquals(content.resolve("2025/review.md"), made.created().get(0));
        Path review = content.resolve("2025/review.md");
        Files.writeString(review, Files.readString(review).replace("draft: true\n", ""));
        BuildReport built = engine.build();
        assertEquals(List.of(), built.warnings());
        Review review2025 = built.tracker().latestReview();
        assertEquals(2025, review2025.year());
        assertEquals(List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R10", "R11", "R13", "R14", "R15", "R16"),
                review2025.assessments().stream().map(Assessment::id).toList(), "R9 and R12 were removed in 2024");
        assertTrue(review2025.assessments().stream().allMatch(a -> a.status().name().equals("Not yet assessed")
                && a.outcome().name().equals("Retained")));
        assertEquals(List.of(), SiteLinks.broken(osr.resolve("target/site")));
        assertTrue(SiteBuildTest.text(Files.readString(osr.resolve("target/site/index.html")))
                .contains("14 recommendations were followed up in the 2025 review"));
    }

    @Test
    void eachRecommendationKeepsItsLatestTitleThemeOwnersAndWordingButNotTheComment() throws Exception {
        fixture.recommendation(2024, "R1", "Career frameworks for analysts", "Processes", "Some progress", "Revised");

        fixture.engine().newReview(2025);

        String file = Files.readString(fixture.content().resolve("2025/r1.md"));
        assertTrue(file.contains("\nid: R1\ntitle: Career frameworks for analysts\ntheme: Processes\n"
                + "status: Not yet assessed\noutcome: Retained\nowners:\n  - Cabinet Office\n---\n"
                + "Government should do career frameworks for analysts.\n"), file);
        assertTrue(file.startsWith("---\n# Carried forward from 2024/r1.md by trackdown:new-review."), file);
        assertFalse(file.contains("Progress on"), "the 2024 comment stays in 2024: " + file);
    }

    @Test
    void removedAndClosedRecommendationsAreNotCarriedForward() throws Exception {
        Scaffolded made = fixture.engine().newReview(2025);

        assertEquals(List.of("review.md", "r1.md", "r4.md"),
                made.created().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("Not yet assessed", made.status());
        assertEquals("Retained", made.outcome());
    }

    @Test
    void theNewReviewIsADraftWithPlaceholdersMarkedTodoThatBuildLeavesOutUntilTheDraftLineIsRemoved()
            throws Exception {
        fixture.engine().newReview(2025);

        Path file = fixture.content().resolve("2025/review.md");
        String review = Files.readString(file);
        assertTrue(review.contains("\ndraft: true\n"), review);
        assertTrue(review.contains("title: 2025 review # TODO"), review);
        assertTrue(review.contains("published: 2025-07-01 # TODO"), review);
        assertEquals(List.of("src/tracker/2025/review.md:5:8: note: the 2025 review is a draft (`draft: true`): it"
                + " and its recommendations are left out of the published site, and shown in the preview; remove the"
                + " line to publish it"), fixture.problems());
        fixture.build();
        assertFalse(fixture.siteFiles().contains("reviews/2025.html"), "an unedited scaffold is not published");
        assertTrue(fixture.page("index.html").contains("As of the 2024 review"), fixture.page("index.html"));

        Files.writeString(file, review.replace("draft: true\n", ""));
        fixture.build();
        assertTrue(fixture.page("reviews/2025.html").contains("2025 review"));
    }

    @Test
    void yearZeroMeansTheYearAfterTheLatestReview() throws Exception {
        Scaffolded made = fixture.engine().newReview(0);

        assertEquals(fixture.content().resolve("2025/review.md"), made.created().get(0));
    }

    @Test
    void anExistingYearFolderIsNeverOverwritten() throws Exception {
        fixture.file("2025/notes.txt", "mine");

        ScaffoldException refused = assertThrows(ScaffoldException.class, () -> fixture.engine().newReview(2025));

        assertTrue(refused.getMessage().contains("the folder 2025/ already exists"), refused.getMessage());
        assertEquals(List.of("notes.txt"), names(fixture.content().resolve("2025")));
    }

    @Test
    void aYearThatIsNotAfterTheLatestReviewIsRefused() {
        ScaffoldException refused = assertThrows(ScaffoldException.class, () -> fixture.engine().newReview(2022));

        assertTrue(refused.getMessage().contains("after the latest one, 2024"), refused.getMessage());
    }

    @Test
    void contentWithErrorsGetsNoNewFolder() {
        fixture.recommendation(2024, "R4", "Leadership", "People", "Good progres", "Retained");

        assertThrows(ContentException.class, () -> fixture.engine().newReview(2025));
        assertFalse(Files.exists(fixture.content().resolve("2025")));
    }

    @Test
    void titlesAndOwnersThatNeedQuotesReadBackTheSame() throws Exception {
        fixture.file("2024/r4.md", """
                ---
                id: R4
                title: "Funding: the \\"next\\" steps #1"
                theme: People
                status: Good progress
                outcome: Retained
                owners:
                  - "- HM Treasury: spending team"
                  - 'Cymru: Llywodraeth'
                ---
                Government should fund it.
                """);

        fixture.engine().newReview(2025);

        Assessment carried = Trackdown.builder().contentDirectory(fixture.content()).drafts(true).build().render()
                .tracker().latestReview().assessments().get(1);
        assertEquals("Funding: the \"next\" steps #1", carried.title());
        assertEquals(List.of("- HM Treasury: spending team", "Cymru: Llywodraeth"), carried.owners());
    }

    @Test
    void linksToFilesOfTheSameFolderKeepLeadingWhereTheyLed() throws Exception {
        fixture.file("2024/r4.md", """
                ---
                id: R4
                title: Leadership
                theme: People
                status: Good progress
                outcome: Retained
                owners: Cabinet Office
                ---
                Builds on [R2](r2.md) and [R1](./r1.md#review-2024), as the [review](review.md) says;
                see also [R3 in 2023](../2023/r3.md), [the guide][guide], ![the chart](chart.png) and
                [the site](https://example.org/page.html).

                [guide]: r3.md
                """);

        Files.write(fixture.content().resolve("2024/chart.png"), new byte[] {1, 2, 3});
        fixture.engine().newReview(2025);

        String file = Files.readString(fixture.content().resolve("2025/r4.md"));
        assertTrue(file.contains("[R2](../2024/r2.md) and [R1](../2024/r1.md#review-2024), as the"
                + " [review](../2024/review.md) says;\nsee also [R3 in 2023](../2023/r3.md), [the guide][guide],"
                + " ![the chart](../2024/chart.png) and\n[the site](https://example.org/page.html)."), file);
        assertTrue(file.contains("[guide]: ../2024/r3.md"), file);
        fixture.build();
    }

    @Test
    void aNewRecommendationIsAddedToTheLatestReviewAndBuilds() throws Exception {
        Scaffolded made = fixture.engine().newRecommendation("R5", "Data: the next steps", "processes",
                List.of("Cabinet Office", "ONS"));

        assertEquals(List.of(fixture.content().resolve("2024/r5.md")), made.created());
        String file = Files.readString(made.created().get(0));
        assertTrue(file.contains("\nid: R5\ntitle: \"Data: the next steps\"\ntheme: Processes\n"
                + "status: Not yet assessed\noutcome: New\nowners:\n  - Cabinet Office\n  - ONS\n---\n"), file);
        BuildReport built = fixture.build();
        assertEquals(5, built.tracker().recommendations().size());
    }

    @Test
    void withoutThemeAndOwnersTheNewRecommendationHasValidPlaceholders() throws Exception {
        fixture.engine().newRecommendation("R5", "Skills", "", List.of());

        String file = Files.readString(fixture.content().resolve("2024/r5.md"));
        assertTrue(file.contains("theme: People\n"), "the first theme of tracker.yml: " + file);
        assertTrue(file.contains("  - To be confirmed # TODO"), file);
        assertEquals(List.of(), fixture.problems());
    }

    @Test
    void anIdUsedInAnyReviewIsRefused() {
        ScaffoldException refused = assertThrows(ScaffoldException.class,
                () -> fixture.engine().newRecommendation("r2", "Checklists again", "", List.of()));

        assertTrue(refused.getMessage().contains("the id `r2` is already used (in 2024/r2.md)"), refused.getMessage());
    }

    @Test
    void anUnknownThemeOrAnInvalidIdIsRefused() {
        ScaffoldException theme = assertThrows(ScaffoldException.class,
                () -> fixture.engine().newRecommendation("R5", "Skills", "Peple", List.of()));
        ScaffoldException id = assertThrows(ScaffoldException.class,
                () -> fixture.engine().newRecommendation("R 5", "Skills", "", List.of()));

        assertTrue(theme.getMessage().contains("`Peple` is not a theme of this tracker"), theme.getMessage());
        assertTrue(id.getMessage().contains("the id `R 5` may use only"), id.getMessage());
        assertFalse(Files.exists(fixture.content().resolve("2024/r5.md")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
