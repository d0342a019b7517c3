package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.report.ContentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn site} checks in {@code validate} and builds in {@code site}: the build reuses the check it can trust. */
class CheckThenBuildTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void aRecommendationThatVanishesInTheSecondReview() {
        fixture = TrackerFixture.oneReviewOfOneRecommendation(project).review(2025)
                .recommendation(2025, "R2", "Funding", "Processes", "Not met", "Retained");
    }

    @Test
    void aBuildTrustsTheCheckWhenNoFileChangedInSizeOrTime() throws Exception {
        CheckedContent check = checkOf(fixture);
        Path file = fixture.content().resolve("2025/r2.md");
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        // The same number of bytes and the same time: only reading the file again would show the mistake.
        Files.writeString(file, text.replace("Not met", "Not mex"));
        Files.setLastModifiedTime(file, time);

        BuildReport report = engineAfter(check).build();

        assertTrue(report.checkReused());
        assertTrue(SiteBuildTest.text(fixture.page("index.html")).contains("1 Not met (100%)"),
                "the site is built from the checked content");
        assertEquals(1, report.warnings().size(), "the check's warning is reported again: " + report.warnings());
        assertTrue(report.warnings().get(0).toString().contains("`R1` does not appear in the 2025 review"));
    }

    @Test
    void aBuildReadsTheContentAgainWhenAFileChangedSinceTheCheck() throws Exception {
        CheckedContent check = checkOf(fixture);
        fixture.recommendation(2025, "R2", "Funding", "Processes", "Good progress", "Retained");

        BuildReport report = engineAfter(check).build();

        assertEquals(false, report.checkReused());
        String home = SiteBuildTest.text(fixture.page("index.html"));
        assertTrue(home.contains("1 Good progress (100%)"), home);
    }

    @Test
    void aBuildReadsTheContentAgainWhenAFileWasAddedSinceTheCheck() {
        CheckedContent check = checkOf(fixture);
        fixture.file("2025/r3.md", "no front matter\n");

        ContentException mistakes = assertThrows(ContentException.class, () -> engineAfter(check).build());

        assertTrue(mistakes.problems().toString().contains("src/tracker/2025/r3.md"), mistakes.problems().toString());
    }

    @Test
    void aCheckOfATrackerWithTemplatesOfItsOwnRendersEveryPageAndIsNotReused() throws Exception {
        fixture.file("templates/header.mustache", "<header>{{siteTitle}}</header>\n");
        Trackdown engine = fixture.engine();

        engine.check();

        assertTrue(engine.checked().isEmpty());
    }

    private static CheckedContent checkOf(TrackerFixture fixture) {
        Trackdown engine = fixture.engine();
        try {
            engine.check();
        } catch (ContentException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        return engine.checked().orElseThrow();
    }

    private Trackdown engineAfter(CheckedContent check) {
        return Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).checkedBefore(check).build();
    }
}
