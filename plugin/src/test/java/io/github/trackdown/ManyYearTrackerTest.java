package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.internal.compare.Change;
import io.github.trackdown.internal.compare.Comparisons;
import io.github.trackdown.internal.compare.MatrixCell;
import io.github.trackdown.internal.compare.MatrixRow;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Tracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The many-year fixture builds without problems and has exactly the contents its Javadoc promises. */
class ManyYearTrackerTest {

    @TempDir
    static Path project;

    static BuildReport report;
    static Tracker tracker;

    @BeforeAll
    static void build() throws Exception {
        Path content = ManyYearTracker.write(project.resolve("src/tracker"));
        report = Trackdown.builder().contentDirectory(content).outputDirectory(project.resolve("target/site"))
                .projectDirectory(project).build().build();
        tracker = report.tracker();
    }

    @Test
    void itBuildsWithoutWarningsAndNotesItsOneDraft() {
        assertEquals(List.of(io.github.trackdown.report.Severity.NOTE), report.warnings().stream()
                .map(io.github.trackdown.report.Problem::severity).toList());
        assertEquals("src/tracker/" + ManyYearTracker.DRAFT_FILE, report.warnings().get(0).file());
    }

    @Test
    void itHasFiveReviewYearsAndThirtyFourRecommendations() {
        assertEquals(ManyYearTracker.YEARS, tracker.years());
        assertEquals(ManyYearTracker.RECOMMENDATIONS, tracker.recommendations().size());
        assertEquals(4, tracker.vocabulary().themes().size());
    }

    @Test
    void eachRecommendationIsAddedInTheYearTheJavadocSays() {
        Map<Integer, List<String>> added = new TreeMap<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment first = recommendation.history().get(0);
            assertEquals("New", first.outcome().name(), recommendation.id());
            assertEquals("Not yet assessed", first.status().name(), recommendation.id());
            added.computeIfAbsent(first.year(), y -> new ArrayList<>()).add(recommendation.id());
        }
        assertEquals(new TreeMap<>(ManyYearTracker.ADDED), added);
    }

    @Test
    void removedRecommendationsAreClosedAndNeverAppearAgain() {
        Map<Integer, List<String>> removed = new TreeMap<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment last = recommendation.latest();
            if (last.outcome().removes()) {
                assertEquals("Closed", last.status().name(), recommendation.id());
                removed.computeIfAbsent(last.year(), y -> new ArrayList<>()).add(recommendation.id());
            }
        }
        assertEquals(new TreeMap<>(ManyYearTracker.REMOVED), removed);
        assertTrue(tracker.recommendations().stream().filter(r -> !r.latest().outcome().removes())
                .allMatch(r -> r.latest().year() == 2024), "every recommendation not removed reaches 2024");
    }

    @Test
    void revisedRecommendationsChangeTheirTitle() {
        Map<Integer, List<String>> revised = new TreeMap<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            List<Assessment> history = recommendation.history();
            for (int i = 1; i < history.size(); i++) {
                if (history.get(i).outcome().name().equals("Revised")) {
                    assertNotEquals(history.get(i - 1).title(), history.get(i).title(), recommendation.id());
                    revised.computeIfAbsent(history.get(i).year(), y -> new ArrayList<>()).add(recommendation.id());
                }
            }
        }
        assertEquals(new TreeMap<>(ManyYearTracker.REVISED), revised);
    }

    @Test
    void exactlyTheDeclaredRecommendationsWorsen() {
        Map<Integer, List<String>> worsened = new TreeMap<>();
        for (MatrixRow row : Comparisons.matrix(tracker).rows()) {
            for (MatrixCell cell : row.cells()) {
                if (cell.change() == Change.WORSENED) {
                    worsened.computeIfAbsent(cell.year(), y -> new ArrayList<>()).add(row.recommendation().id());
                }
            }
        }
        assertEquals(new TreeMap<>(ManyYearTracker.WORSENED), worsened);
    }

    @Test
    void theLatestReviewHasTheDeclaredCounts() {
        YearCounts latest = Comparisons.countsPerYear(tracker).get(4);
        assertEquals(31, latest.total());
        assertEquals(4, latest.countOf("Not yet assessed"));
        assertEquals(3, latest.countOf("Not met"));
        assertEquals(13, latest.countOf("Some progress"));
        assertEquals(10, latest.countOf("Good progress"));
        assertEquals(1, latest.countOf("Closed"));
    }

    @Test
    void theLinkToAnotherRecommendationLeadsToItsPage() throws Exception {
        Path site = project.resolve("target/site");
        String r4 = Files.readString(site.resolve("recommendations/r4.html"));
        assertTrue(r4.contains("href=\"../recommendations/r3.html#review-2024\">R3</a>"), "R4 links to R3's page");
        assertEquals(List.of(), SiteLinks.broken(site));
    }
}
