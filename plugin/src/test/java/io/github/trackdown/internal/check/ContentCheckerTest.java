package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.TrackerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCheckerTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void oneValidReview() {
        fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
    }

    @Test
    void validContentHasNoProblems() {
        assertEquals(List.of(), fixture.problems());
    }

    @Test
    void aMisspeltStatusIsReportedWithItsLineAndTheClosestStatus() {
        fixture.recommendation(2024, "R2", "Funding", "People", "Some progres", "Retained");

        assertEquals(List.of("src/tracker/2024/r2.md:5:9: error: `Some progres` is not a status of this tracker;"
                + " did you mean `Some progress`? (allowed: Not yet assessed, Not met, Some progress, Good progress,"
                + " Closed)"), fixture.problems());
    }

    @Test
    void statusesAreMatchedWithoutRegardToCase() {
        fixture.recommendation(2024, "R2", "Funding", "people", "some PROGRESS", "retained");

        assertEquals(List.of(), fixture.problems());
    }

    @Test
    void statusesAreMatchedWhateverTheSpacesBetweenTheirWords() {
        fixture.recommendation(2024, "R2", "Funding", "People", "\"  Some \\t  progress \"", "Retained");

        assertEquals(List.of(), fixture.problems());
    }

    @Test
    void everyMistakeInEveryFileIsReportedInOneRunSortedByFileAndLine() {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Funding
                theme: Peple
                status: Unknown
                outcome: Retained
                owners: [Cabinet Office]
                ---
                Wording.
                """);
        fixture.file("2024/r3.md", """
                ---
                id: R3
                title: Funding
                stauts: Not met
                theme: People
                outcome: Retained
                owners: [Cabinet Office]
                ---
                Wording.
                """);

        assertEquals(List.of(
                "src/tracker/2024/r2.md:4:8: error: `Peple` is not a theme of this tracker; did you mean `People`?"
                        + " (allowed: People, Processes)",
                "src/tracker/2024/r2.md:5:9: error: `Unknown` is not a status of this tracker (allowed: Not yet"
                        + " assessed, Not met, Some progress, Good progress, Closed)",
                "src/tracker/2024/r3.md:4:1: error: unknown key `stauts`; did you mean `status`? (allowed here: id,"
                        + " title, theme, status, outcome, owners, response, due, priority, evidence, draft)"),
                fixture.problems());
    }

    @Test
    void unparsableYamlIsReportedAtTheLineTheParserStopped() {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Funding: the money
                ---
                Wording.
                """);

        assertEquals(List.of("src/tracker/2024/r2.md:3:15: error: this is not valid YAML: a value containing \": \""
                + " needs quotes around it, such as `title: \"Funding: next steps\"`"), fixture.problems());
    }

    @Test
    void twoFilesWithOneIdInAReviewAreReported() {
        fixture.file("2024/r1-copy.md", """
                ---
                id: r1
                title: Copy
                theme: People
                status: Not met
                outcome: Retained
                owners: Cabinet Office
                ---
                Wording.
                """);

        assertEquals(List.of("src/tracker/2024/r1-copy.md:2:5: error: the id `r1` is also used by"
                        + " src/tracker/2024/r1.md in this review; each recommendation has one file per review",
                "src/tracker/2024/r1.md:2:5: error: the id `R1` is also used by"
                        + " src/tracker/2024/r1-copy.md in this review; each recommendation has one file per review"),
                fixture.problems());
    }

    @Test
    void aFolderThatIsNotAYearIsReported() {
        fixture.review(2025).file("drafts/review.md", "x");

        assertEquals(List.of(
                "src/tracker/2024/r1.md:2:5: warning: `R1` does not appear in the 2025 review, but this file neither"
                        + " closes nor removes it; add a file for it to 2025/ or set its outcome to one that removes it",
                "src/tracker/drafts: error: the folder `drafts` is not a review year; name review"
                        + " folders by their year, such as `2024`"),
                fixture.problems());
    }

    @Test
    void aRecommendationThatReturnsAfterBeingRemovedIsAnError() {
        fixture.recommendation(2024, "R2", "Checklists", "Processes", "Closed", "Removed")
                .review(2025)
                .recommendation(2025, "R1", "Career frameworks", "People", "Good progress", "Retained")
                .recommendation(2025, "R2", "Checklists", "Processes", "Not met", "Retained");

        assertEquals(List.of("src/tracker/2025/r2.md:2:5: error: `R2` was removed in the 2024 review (outcome"
                + " `Removed`), so it cannot appear again in 2025; give a new recommendation a new id"),
                fixture.problems());
    }

    @Test
    void aReviewWithoutADateIsReported() {
        fixture.file("2024/review.md", """
                ---
                title: Review
                published: July 2024
                ---
                Found things.
                """);

        assertEquals(List.of("src/tracker/2024/review.md:3:12: error: `July 2024` is not a date; write the"
                + " publication date as YYYY-MM-DD, such as 2024-07-18, or only its month as YYYY-MM, such as"
                + " 2024-07, when the day is not known"), fixture.problems());
    }

    @Test
    void aReviewMayGiveOnlyTheMonthOfItsPublication() throws Exception {
        fixture.file("2024/review.md", """
                ---
                title: Review
                published: 2024-07
                ---
                Found things.
                """);

        var review = fixture.engine().check().tracker().latestReview();
        assertEquals(java.time.LocalDate.of(2024, 7, 1), review.published());
        assertEquals(true, review.publishedMonthOnly());
    }

    @Test
    void aMonthThatDoesNotExistIsNotADate() {
        fixture.file("2024/review.md", """
                ---
                title: Review
                published: 2024-13
                ---
                Found things.
                """);

        assertEquals(List.of("src/tracker/2024/review.md:3:12: error: `2024-13` is not a date; write the"
                + " publication date as YYYY-MM-DD, such as 2024-07-18, or only its month as YYYY-MM, such as"
                + " 2024-07, when the day is not known"), fixture.problems());
    }

    @Test
    void abbreviationsInTrackerYmlAreReadInTheOrderWritten() throws Exception {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                abbreviations:
                  CDDO: Central Digital and Data Office
                  ADR UK: Administrative Data Research UK
                """);

        var settings = fixture.engine().check().tracker().settings();
        assertEquals(List.of("CDDO=Central Digital and Data Office", "ADR UK=Administrative Data Research UK"),
                settings.abbreviations().entrySet().stream().map(Object::toString).toList());
    }

    @Test
    void anAbbreviationThatDoesNotSayWhatItStandsForIsReported() {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                abbreviations:
                  CDDO:
                """);

        assertEquals(1, fixture.problems().size());
        assertEquals(true, fixture.problems().get(0).endsWith("error: `CDDO:` must say what the abbreviation stands"
                + " for, such as `CDDO: Central Digital and Data Office`"), fixture.problems().toString());
    }

    @Test
    void anUnknownStatusKindInTrackerYmlIsReported() {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML.replace("kind: closed", "kind: finished"));

        assertEquals(List.of("src/tracker/tracker.yml:15:11: error: a status's `kind:` is `unassessed` (not yet"
                + " assessed), `closed` (no longer followed up), or left out; not `finished`"), fixture.problems());
    }

    @Test
    void aFileWithoutFrontMatterIsReported() {
        fixture.file("2024/r2.md", "Just some text.\n");

        assertEquals(List.of("src/tracker/2024/r2.md:1:1: error: the file must start with a line `---` that opens"
                + " the front matter (the settings such as `status:`), closed by another `---` line"),
                fixture.problems());
    }

    @Test
    void aLinkToAMissingContentFileIsReportedWhereItIsWritten() {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Funding
                theme: People
                status: Not met
                outcome: Retained
                owners: [Cabinet Office]
                ---
                Wording.

                ## Progress

                Linked to [R9](r9.md).
                """);

        assertEquals(List.of("src/tracker/2024/r2.md:13:11: error: the link to `r9.md` leads to no content file;"
                + " check the file name and folder"), fixture.problems());
    }

    @Test
    void aLinkWrittenInAnyOfMarkdownsFormsIsChecked() {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Funding
                theme: People
                status: Not met
                outcome: Retained
                owners: [Cabinet Office]
                ---
                Wording.

                ## Progress

                See [R1](r1.md), [a]( r7.md), [b](<r8.md>), [c][d], ![e](r\\_9.png), [g](r&#49;2.md) and `[f](r10.md)`.

                [d]: r11.md
                """);

        assertEquals(List.of(
                "src/tracker/2024/r2.md:13:18: error: the link to `r7.md` leads to no content file;"
                        + " check the file name and folder",
                "src/tracker/2024/r2.md:13:31: error: the link to `r8.md` leads to no content file;"
                        + " check the file name and folder",
                "src/tracker/2024/r2.md:13:45: error: the link to `r11.md` leads to no content file;"
                        + " check the file name and folder",
                "src/tracker/2024/r2.md:13:53: error: the image `r_9.png` is not in the content folder; put the"
                        + " file in the review's folder, next to this file",
                "src/tracker/2024/r2.md:13:69: error: the link to `r12.md` leads to no content file;"
                        + " check the file name and folder"), fixture.problems());
    }
}
