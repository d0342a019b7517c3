package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.BuildReport;
import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.ContentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a review folder holds besides its Markdown: only what content links to is published. */
class ReviewFolderFilesTest {

    @TempDir
    Path project;

    private TrackerFixture withStrayFiles() {
        return TrackerFixture.oneReviewOfOneRecommendation(project)
                .file("2024/chart.png", "png")
                .file("2024/r1.md", """
                        ---
                        id: R1
                        title: Career frameworks
                        theme: People
                        status: Some progress
                        outcome: Retained
                        owners: Cabinet Office
                        ---
                        Government should do it. ![The chart](chart.png)
                        """)
                .file("2024/r5.md~", "backup").file("2024/#r5.md#", "autosave").file("2024/r5.md.orig", "merge")
                .file("2024/internal-notes.txt", "private");
    }

    @Test
    void onlyLinkedFilesArePublishedAndEveryOtherIsAWarningNamingIt() throws Exception {
        TrackerFixture fixture = withStrayFiles();

        BuildReport report = fixture.build();

        assertEquals(List.of("files/2024/chart.png"), fixture.siteFiles().stream()
                .filter(f -> f.startsWith("files/")).toList());
        List<String> warnings = report.warnings().stream().map(Object::toString).toList();
        for (String stray : List.of("#r5.md#", "internal-notes.txt", "r5.md.orig", "r5.md~")) {
            assertTrue(warnings.contains("src/tracker/2024/" + stray + ": warning: no content file links to this"
                    + " file, so it is not published; link to it from a recommendation or review, or move it out of"
                    + " the review folder"), warnings.toString());
        }
        assertEquals(4, warnings.size(), warnings.toString());
    }

    @Test
    void aStrictBuildRefusesAnUnlinkedFile() throws Exception {
        TrackerFixture fixture = withStrayFiles();
        Trackdown strict = Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).strict(true).build();

        ContentException refused = assertThrows(ContentException.class, strict::build);

        assertEquals(4, refused.problems().size(), refused.problems().toString());
        assertTrue(Files.notExists(fixture.site()), "nothing is published");
    }

    @Test
    void aMarkdownFileEndingInCapitalMdIsContent() throws Exception {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project)
                .recommendation(2024, "R5", "Shouting", "People", "Not met", "Retained");
        Files.move(fixture.content().resolve("2024/r5.md"), fixture.content().resolve("2024/r5.MD"));

        BuildReport report = fixture.build();

        assertEquals(2, report.tracker().recommendations().size());
        assertEquals(List.of(), report.warnings());
        assertTrue(fixture.siteFiles().contains("recommendations/r5.html"));
    }

    @Test
    void aMarkdownFileThatIsALinkToAFileOfTheContentFolderIsReadThroughIt() throws Exception {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project)
                .recommendation(2024, "R2", "Checklists", "People", "Not yet assessed", "New");
        Path folder = fixture.content().resolve("2024");
        Files.move(folder.resolve("r2.md"), folder.resolve("r2-source.txt"));
        Files.createSymbolicLink(folder.resolve("r2.md"), Path.of("r2-source.txt"));

        fixture.build();

        assertTrue(fixture.siteFiles().contains("recommendations/r2.html"), fixture.siteFiles().toString());
        assertEquals(List.of("src/tracker/2024/r2-source.txt: warning: no content file links to this file, so it"
                + " is not published; link to it from a recommendation or review, or move it out of the review"
                + " folder"), fixture.problems());
    }

    @Test
    void brokenAndLoopingMarkdownLinksAreReportedNotSkipped() throws Exception {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
        Path folder = fixture.content().resolve("2024");
        Files.createSymbolicLink(folder.resolve("r2.md"), Path.of("gone.md"));
        Files.createSymbolicLink(folder.resolve("r3.md"), Path.of("r4.md"));
        Files.createSymbolicLink(folder.resolve("r4.md"), Path.of("r3.md"));

        assertEquals(List.of(
                "src/tracker/2024/r2.md: error: this link leads to no file; point it at a file of the content folder,"
                        + " or remove it",
                "src/tracker/2024/r3.md: error: this link leads to no file (it leads round in a circle of links);"
                        + " point it at a file of the content folder, or remove it",
                "src/tracker/2024/r4.md: error: this link leads to no file (it leads round in a circle of links);"
                        + " point it at a file of the content folder, or remove it"), fixture.problems());
    }

    @Test
    void aFileWithASpaceAHashOrAQuestionMarkInItsNameIsPublishedAndLinkedPercentEncoded() throws Exception {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project)
                .file("2024/chart #1.png", "png").file("2024/what?.pdf", "pdf")
                .file("2024/review.md", """
                        ---
                        title: Review of 2024
                        published: 2024-07-01
                        ---
                        See ![the chart](<chart #1.png>) and [the questions](what%3F.pdf).
                        """);

        BuildReport report = fixture.build();

        assertEquals(List.of(), report.warnings());
        assertTrue(fixture.siteFiles().containsAll(List.of("files/2024/chart #1.png", "files/2024/what?.pdf")));
        String page = fixture.page("reviews/2024.html");
        assertTrue(page.contains("src=\"../files/2024/chart%20%231.png\""), page);
        assertTrue(page.contains("href=\"../files/2024/what%3F.pdf\""), page);
    }
}
