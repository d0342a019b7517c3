package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.report.ContentException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd or hostile files are accepted when harmless, refused quickly and clearly when not, and never run. */
class HostileInputTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void oneValidReview() {
        fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws Exception {
        String windows = "\uFEFF---\r\nid: R2\r\ntitle: Funding\r\ntheme: People\r\nstatus: Not met\r\n"
                + "outcome: Retained\r\nowners: Cabinet Office\r\n---\r\nWording.\r\n";
        Files.write(fixture.content().resolve("2024/r2.md"), windows.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), fixture.problems());
        fixture.build();
        assertTrue(fixture.page("recommendations/r2.html").contains("Funding"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() throws Exception {
        byte[] latin1 = "---\nid: R2\ntitle: Caf\u00e9 funding\n---\nWording.\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(fixture.content().resolve("2024/r2.md"), latin1);

        assertEquals(List.of("src/tracker/2024/r2.md:3:1: error: this line contains bytes that are not UTF-8 text;"
                + " save the file as UTF-8 in your editor"), fixture.problems());
    }

    @Test
    void aYamlAliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
        }
        fixture.file("2024/r2.md", bomb + "---\nWording.\n");

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> fixture.problems());
        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).startsWith("src/tracker/2024/r2.md:"), problems.toString());
    }

    @Test
    void aFileOverOneMebibyteIsRefused() throws Exception {
        fixture.file("2024/r2.md", "---\nid: R2\n---\n" + "x".repeat(1_100_000));

        assertEquals(List.of("src/tracker/2024/r2.md: error: the file is 1074 KiB; content files may be at most"
                + " 1024 KiB"), fixture.problems());
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheContentFolderIsRefused() throws Exception {
        Path secret = Files.writeString(project.resolve("secret.md"), "---\nid: R9\n---\nSecret.\n");
        Files.createSymbolicLink(fixture.content().resolve("2024/r9.md"), secret);

        assertEquals(List.of("src/tracker/2024/r9.md: error: this is a link to a file outside the content folder;"
                + " copy the file in instead"), fixture.problems());
    }

    @Test
    void scriptsInTitlesAndLinksNeverReachThePages() throws Exception {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: <script>alert(1)</script>
                theme: People
                status: Not met
                outcome: Retained
                owners: <img src=x onerror=alert(1)>
                ---
                Wording with [a link](javascript:alert(1)), [another](JaVaScRiPt:alert(2)), [data](data:text/html;base64,PHNjcmlwdD4=),
                [vb](vbscript:msgbox(1)) and <script>alert(3)</script>.

                <b onclick="alert(4)">raw html</b>
                """);
        fixture.build();

        for (Path page : SiteLinks.htmlPages(fixture.site())) {
            // Trackdown's own scripts (the not-found page's root finder too), and the data page's JSON-LD as long as no
            // "<" of a title got into it.
            String html = Files.readString(page).replaceAll(
                    "<script src=\"(\\.\\./)?assets/(trackdown|search-index)\\.js\" defer></script>", "")
                    .replaceAll("<script type=\"application/ld\\+json\">[^<]*</script>", "")
                    .replaceAll("<script>\\(function\\(\\)\\{var folders=\\[[a-z0-9',._-]*\\];[^<]*</script>", "");
            assertFalse(html.contains("<script"), page + " contains a script element other than Trackdown's own");
            assertFalse(html.toLowerCase().contains("javascript:"), page + " contains a javascript: link");
            assertFalse(html.contains("data:text/html"), page + " contains a data: link");
            assertFalse(html.contains("vbscript:"), page + " contains a vbscript: link");
            assertFalse(html.contains("<img src=x"), page + " contains an injected image");
            assertFalse(html.contains("<b onclick"), page + " contains raw HTML");
        }
        assertTrue(fixture.page("recommendations/r2.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void rawHtmlIsPublishedOnlyWhenTheTrackerAllowsIt() throws Exception {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Funding
                theme: People
                status: Not met
                outcome: Retained
                owners: Cabinet Office
                ---
                Wording with <abbr title="Office for Statistics Regulation">OSR</abbr>.
                """);
        Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).allowRawHtml(true).build().build();

        assertTrue(fixture.page("recommendations/r2.html").contains("<abbr title=\"Office for Statistics Regulation\">"));
    }

    @Test
    void anOutputFolderHoldingTheContentOrTheProjectIsRefused() {
        for (Path dangerous : List.of(project, fixture.content(), project.getParent(), fixture.content().resolve("x"))) {
            Trackdown engine = Trackdown.builder().contentDirectory(fixture.content()).projectDirectory(project)
                    .outputDirectory(dangerous).build();
            assertThrows(IllegalArgumentException.class, engine::build, dangerous.toString());
        }
        assertTrue(Files.isRegularFile(fixture.content().resolve("tracker.yml")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteIdentical() throws Exception {
        fixture.build();
        String before = SiteBuildTest.snapshot(fixture);
        fixture.recommendation(2024, "R2", "Funding", "People", "Not mett", "Retained");

        assertThrows(ContentException.class, fixture::build);
        assertEquals(before, SiteBuildTest.snapshot(fixture));
    }

    @Test
    void warningsFailTheBuildOnlyWhenStrict() throws Exception {
        fixture.review(2025);
        Trackdown strict = Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).strict(true).build();

        assertEquals(1, fixture.build().warnings().size());
        ContentException failure = assertThrows(ContentException.class, strict::build);
        assertEquals("0 errors, 1 warning in 1 file", failure.getMessage());
    }
}
