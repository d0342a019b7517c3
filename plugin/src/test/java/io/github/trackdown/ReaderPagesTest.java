package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader sees first on the pages of a small tracker: removals, changes of wording, statuses as text with their
 * definitions one link away, abbreviations explained, and a not-found page that works wherever it is served.
 */
class ReaderPagesTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void twoReviewsWithAnEditARewriteAndARemoval() {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2023)
                .file("2023/r1.md", recommendation("R1", "Data skills", "Not yet assessed", "New",
                        "Government should publish a plan for data skills across departments.", ""))
                .file("2023/r2.md", recommendation("R2", "Checklists", "Not yet assessed", "New",
                        "Government should publish checklists for data sharing.", ""))
                .file("2023/r3.md", recommendation("R3", "Arbitration", "Not yet assessed", "New",
                        "Government should set up an arbitration process to settle disputes over sharing data.", ""))
                .review(2024)
                .file("2024/r1.md", recommendation("R1", "Data skills", "Some progress", "Retained",
                        "Government should publish a plan for data skills and careers across departments.",
                        "The CDDO published a first plan. The CDDO will report again."))
                .file("2024/r2.md", recommendation("R2", "Checklists", "Closed", "Removed",
                        "Government should publish checklists for data sharing.", "Others already published them."))
                .file("2024/r3.md", recommendation("R3", "Collaboration and resolution", "Not met", "Revised",
                        "Departments should collaborate, and resolve their disagreements between themselves.", ""));
    }

    static String recommendation(String id, String title, String status, String outcome, String wording,
            String comment) {
        return """
                ---
                id: %s
                title: %s
                theme: People
                status: %s
                outcome: %s
                owners:
                  - Cabinet Office
                ---
                %s
                %s""".formatted(id, title, status, outcome, wording,
                comment.isEmpty() ? "" : "\n## Progress\n\n" + comment + "\n");
    }

    @Test
    void aRemovedRecommendationSaysSoAtTheTopAndTheReviewThatRemovedItShowsNoWordingOfItsOwn() throws Exception {
        fixture.build();

        String page = fixture.page("recommendations/r2.html");
        String top = page.substring(page.indexOf("<h1>"), page.indexOf("<dl class=\"facts\">"));
        assertTrue(SiteBuildTest.text(top).contains("Removed in the 2024 review. This recommendation is no longer"
                + " followed up."), top);
        String entry2024 = entry(page, 2024);
        assertFalse(entry2024.contains("as worded in"), entry2024);
        assertFalse(entry2024.contains("Changes to the wording"), entry2024);
        assertTrue(entry(page, 2023).contains("<h4>Recommendation as worded in 2023</h4>"), "its last wording");
        assertFalse(fixture.page("recommendations/r1.html").contains("notice-removed"), "R1 is still followed up");
    }

    @Test
    void aSmallEditIsShownWordByWordEachChangedStretchAsOldWordsThenNewOnes() throws Exception {
        fixture.build();

        String entry = entry(fixture.page("recommendations/r1.html"), 2024);
        assertTrue(SiteBuildTest.text(entry).contains("Government should publish a plan for data skills [added: and"
                + " careers ] across departments."), entry);
        assertFalse(entry.contains("wording-before"), "an edit is not shown as a rewrite");
    }

    @Test
    void aRewriteShowsTheTwoWordingsWholeOneAfterTheOtherLabelledWithTheirYears() throws Exception {
        fixture.build();

        String page = fixture.page("recommendations/r3.html");
        String entry = SiteBuildTest.text(entry(page, 2024));
        assertTrue(entry.contains("Recommendation as worded in 2024 Departments should collaborate, and resolve their"
                + " disagreements between themselves. Recommendation as worded in 2023, before the 2024 review"
                + " rewrote it The wording was rewritten, so the two wordings are shown whole, one after the other,"
                + " instead of word by word. Government should set up an arbitration process to settle disputes over"
                + " sharing data."), entry);
        assertFalse(entry.contains("[added:") || entry.contains("[removed:"), "no word diff: " + entry);
        assertFalse(entry(page, 2023).contains("class=\"prose wording"), "each wording is shown once");
    }

    @Test
    void aHistoryEntryNamesTheTitleOnlyWhereItDiffersAndNeverRepeatsUnchangedThemeOrAddressees() throws Exception {
        fixture.build();

        String page = fixture.page("recommendations/r3.html");
        assertTrue(entry(page, 2024).contains("<dt>Title</dt><dd>Collaboration and resolution</dd>"));
        assertTrue(entry(page, 2023).contains("<dt>Title</dt><dd>Arbitration</dd>"), "differs from the latest");
        for (int year : new int[] {2023, 2024}) {
            assertFalse(entry(page, year).contains("<dt>Theme</dt>"), "the theme never changed: " + year);
            assertFalse(entry(page, year).contains("<dt>Addressed to</dt>"), "nor the addressees: " + year);
        }
        String unchanged = fixture.page("recommendations/r1.html");
        assertFalse(entry(unchanged, 2024).contains("<dt>Title</dt>") || entry(unchanged, 2023)
                .contains("<dt>Title</dt>"), "R1 kept its title");
    }

    @Test
    void statusTagsAreTextAndEveryPageShowingOneLinksToTheirDefinitions() throws Exception {
        fixture.build();

        for (String file : fixture.siteFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            String page = fixture.page(file);
            assertFalse(page.contains("<a class=\"status"), file + " links a status tag");
            if (page.contains("<span class=\"status ")) {
                assertTrue(Pattern.compile("<a href=\"(\\.\\./)?statuses.html\">What the statuses mean</a>")
                        .matcher(page).find(), file + " has no link to the definitions");
            }
        }
        assertTrue(fixture.page("recommendations/r1.html").contains("<span class=\"status status-some-progress\">Some"
                + " progress</span> <a class=\"definition-link\" href=\"../statuses.html#status-some-progress\">What"
                + " this status means</a>"), "the definition of a recommendation's status is one link away");
        assertTrue(fixture.page("statuses.html").contains("id=\"status-some-progress\""));
    }

    @Test
    void theMatrixNamesEachReviewsOutcomeInWordsAfterTheReviewThatMadeTheRecommendation() throws Exception {
        fixture.build();

        String home = fixture.page("index.html");
        String r3 = home.substring(home.indexOf("<tr data-order=\"3\""));
        assertEquals("R3 Collaboration and resolution Not yet assessed + New in this review Not met"
                + " ● Assessed for the first time since 2023 Revised",
                SiteBuildTest.text(r3.substring(0, r3.indexOf("</tr>"))));
        assertTrue(home.contains("<span class=\"outcome\">Removed</span>"), "R2's removal, in words");
    }

    @Test
    void abbreviationsAreExplainedOnFirstUseOnEachPageAndListedOnTheGlossaryPage() throws Exception {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                abbreviations:
                  CDDO: Central Digital and Data Office
                  ONS: Office for National Statistics
                """);
        fixture.build();

        String page = fixture.page("recommendations/r1.html");
        assertEquals(1, page.split("<abbr title=\"Central Digital and Data Office\">CDDO</abbr>", -1).length - 1,
                "marked once: " + page);
        assertTrue(page.contains("<abbr title=\"Central Digital and Data Office\">CDDO</abbr> published a first plan."
                + " The CDDO will report again."), "on its first use");
        assertTrue(fixture.page("reviews/2024.html").contains("<abbr title=\"Central Digital and Data Office\">CDDO"
                + "</abbr>"), "on each page again");
        String glossary = SiteBuildTest.text(fixture.page("glossary.html"));
        assertTrue(glossary.contains("CDDO Central Digital and Data Office ONS Office for National Statistics"),
                glossary);
        assertTrue(page.contains("<a href=\"../glossary.html\">Abbreviations used on this site</a>"),
                "linked from the footer");
    }

    @Test
    void withoutAbbreviationsThereIsNoGlossaryPageNorALinkToIt() throws Exception {
        fixture.build();

        assertFalse(fixture.siteFiles().contains("glossary.html"));
        assertFalse(fixture.page("index.html").contains("glossary.html"));
    }

    @Test
    void withTheSiteAddressTheNotFoundPageLinksAbsolutelyAndNeedsNoScript() throws Exception {
        Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).siteUrl("https://example.github.io/tracker").build().build();

        String page = fixture.page("404.html");
        assertTrue(page.contains("<a href=\"https://example.github.io/tracker/index.html\">Go to the overview"), page);
        assertFalse(page.contains("<script"), "no script: " + page);
    }

    @Test
    void withoutTheSiteAddressTheNotFoundPageFindsTheSiteRootBeforeAnythingElseIsRead() throws Exception {
        fixture.build();

        String page = fixture.page("404.html");
        int script = page.indexOf("<script>(function(){var folders=['assets','compare','owners','recommendations',"
                + "'reviews','themes'];");
        assertTrue(script > 0 && script < page.indexOf("<title>"), "the root is found first: " + page);
        assertFalse(page.contains("<link rel=\"stylesheet\"") || page.contains("assets/trackdown.js"),
                "nothing else to load: the style is inline");
        assertTrue(page.contains("<a href=\"index.html\">Go to the overview"), "links relative to the root found");
        assertTrue(Files.readString(fixture.site().resolve("index.html")).contains("assets/trackdown.js"),
                "other pages keep their script");
    }

    /** The history entry of a review year on a recommendation page. */
    private static String entry(String page, int year) {
        int start = page.indexOf("id=\"review-" + year + "\"");
        return page.substring(start, page.indexOf("</section>", start));
    }
}
