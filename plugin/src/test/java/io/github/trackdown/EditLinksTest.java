package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.model.SourceRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Edit this page" links to GitHub's web editor, when {@code tracker.yml} names the repository. */
class EditLinksTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void twoReviews() {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2023)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2023, "R2", "Checklists", "Processes", "Not yet assessed", "New")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained")
                .recommendation(2024, "R2", "Checklists", "Processes", "Closed", "Removed");
    }

    @Test
    void reviewAndRecommendationPagesLinkToTheirSourceFileInGitHubsEditor() throws Exception {
        withSettings("""
                repository: https://github.com/org/repo
                branch: drafts
                contentPath: site-content/src/tracker
                """);
        fixture.build();

        assertEquals(List.of("https://github.com/org/repo/edit/drafts/site-content/src/tracker/2023/review.md"),
                editLinks(fixture.page("reviews/2023.html")));
        assertEquals(List.of("https://github.com/org/repo/edit/drafts/site-content/src/tracker/2024/r1.md"),
                editLinks(fixture.page("recommendations/r1.html")), "the latest review's file, where a status is changed");
    }

    @Test
    void theBranchDefaultsToMainAndTheContentPathToSrcTracker() throws Exception {
        withSettings("repository: https://github.com/org/repo/\n");
        fixture.build();

        assertEquals(List.of("https://github.com/org/repo/edit/main/src/tracker/2024/review.md"),
                editLinks(fixture.page("reviews/2024.html")));
    }

    @Test
    void aDotContentPathMeansTheContentIsTheRepositorysTopFolder() throws Exception {
        withSettings("repository: https://github.com/org/repo.git\ncontentPath: .\n");
        fixture.build();

        assertEquals(List.of("https://github.com/org/repo/edit/main/2024/r2.md"),
                editLinks(fixture.page("recommendations/r2.html")));
    }

    @Test
    void withoutARepositoryNoPageHasAnEditLink() throws Exception {
        fixture.build();

        for (String page : fixture.siteFiles()) {
            assertFalse(fixture.page(page).contains("Edit this page"), page);
        }
    }

    @Test
    void otherPagesHaveNoEditLink() throws Exception {
        withSettings("repository: https://github.com/org/repo\n");
        fixture.build();

        for (String page : List.of("index.html", "reviews.html", "themes.html", "themes/people.html", "compare.html",
                "statuses.html", "404.html")) {
            assertEquals(List.of(), editLinks(fixture.page(page)), page);
        }
    }

    @Test
    void anAddressThatIsNotARepositoryIsReportedAtItsLine() {
        withSettings("repository: github.com/org\nbranch: ../main\n");

        List<String> problems = fixture.problems();

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("src/tracker/tracker.yml:31:13: error: `repository:`"
                + " must be the address of a GitHub repository")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("`../main` is not a branch name")), problems.toString());
    }

    @Test
    void aContentPathThatLeavesTheRepositoryIsRefused() {
        withSettings("repository: https://github.com/org/repo\ncontentPath: ../elsewhere\n");

        assertTrue(fixture.problems().stream().anyMatch(p -> p.contains("`contentPath:` is the content folder's path")),
                fixture.problems().toString());
    }

    @Test
    void aBranchWithoutARepositoryIsAWarning() {
        withSettings("branch: main\n");

        assertEquals(List.of("src/tracker/tracker.yml:31:1: warning: `branch:` is only used with `repository:`, the"
                + " address of the repository on GitHub"), fixture.problems());
    }

    @Test
    void fileNamesAreEncodedInTheAddress() {
        SourceRepository repository = new SourceRepository("https://github.com/org/repo", "release/2025", "my content");

        assertEquals("https://github.com/org/repo/edit/release/2025/my%20content/2024/r%C3%A9sum%C3%A9.md",
                repository.editUrl("2024/résumé.md"));
    }

    private void withSettings(String lines) {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + lines);
    }

    static List<String> editLinks(String html) {
        return java.util.regex.Pattern.compile("<a href=\"([^\"]*)\">Edit this page</a>").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }
}
