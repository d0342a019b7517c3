package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.BuildReport;
import io.github.trackdown.TrackerFixture;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names in any script get page names of their own, and names that only look alike are caught. */
class NamesInAnyScriptTest {

    @TempDir
    Path project;

    private TrackerFixture withThemes(String first, String second) {
        return TrackerFixture.oneReviewOfOneRecommendation(project).file("tracker.yml", TrackerFixture.TRACKER_YML
                .replace("- name: People", "- name: " + first).replace("- name: Processes", "- name: " + second))
                .recommendation(2024, "R1", "Career frameworks", first, "Some progress", "Retained");
    }

    @Test
    void twoStatusesThatWouldShareAPageNameAreAnErrorNamingBoth() {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project).file("tracker.yml",
                TrackerFixture.TRACKER_YML.replace("  - name: Some progress\n", "  - name: Not-met\n"
                        + "    meaning: Not met either.\n  - name: Some progress\n"));

        assertEquals(List.of("src/tracker/tracker.yml:9:5: error: `Not met` and `Not-met` in `statuses:` would both"
                + " be named `not-met` in page addresses; make one of the names more distinct"), fixture.problems());
    }

    @Test
    void greekAndCyrillicNamesAreSpelledInLatinLettersInPageNames() throws Exception {
        TrackerFixture fixture = withThemes("Люди и навыки", "Διαδικασίες");

        BuildReport report = fixture.build();

        assertEquals(List.of(), report.warnings());
        assertTrue(fixture.siteFiles().containsAll(List.of("themes/liudi-i-navyki.html", "themes/diadikasies.html")),
                fixture.siteFiles().toString());
    }

    @Test
    void namesWithoutALatinSpellingGetNumberedPageNames() throws Exception {
        TrackerFixture fixture = withThemes("人员", "流程");

        fixture.build();

        assertTrue(fixture.siteFiles().containsAll(List.of("themes/theme-1.html", "themes/theme-2.html")),
                fixture.siteFiles().toString());
        assertTrue(fixture.page("themes/theme-2.html").contains("流程"));
    }

    @Test
    void aNameTypedWithADecomposedAccentMatchesTheComposedOne() throws Exception {
        String composed = Normalizer.normalize("Données", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("Données", Normalizer.Form.NFD);
        TrackerFixture fixture = withThemes(composed, "Processes")
                .recommendation(2024, "R1", "Career frameworks", decomposed, "Some progress", "Retained");

        assertEquals(List.of(), fixture.problems());
    }

    @Test
    void aNameMixingLatinAndCyrillicLettersIsAWarningInTrackerYmlAndExplainedWhenTyped() {
        String lookAlike = "P\u0435ople"; // Cyrillic е
        TrackerFixture fixture = withThemes(lookAlike, "Processes");
        assertEquals(List.of("src/tracker/tracker.yml:27:5: warning: `" + lookAlike + "` mixes Cyrillic and Latin"
                + " letters, which look alike; retype it in one alphabet, or editors who type it will not match it"),
                fixture.problems());

        TrackerFixture typed = TrackerFixture.oneReviewOfOneRecommendation(project)
                .recommendation(2024, "R1", "Career frameworks", lookAlike, "Some progress", "Retained");
        assertEquals(List.of("src/tracker/2024/r1.md:4:8: error: `" + lookAlike + "` is not a theme of this tracker;"
                + " it mixes Cyrillic and Latin letters, which look alike: retype it (allowed: People, Processes)"),
                typed.problems());
    }
}
