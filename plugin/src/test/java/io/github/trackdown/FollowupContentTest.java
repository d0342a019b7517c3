package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.internal.serve.Preview;
import io.github.trackdown.internal.serve.PreviewLog;
import io.github.trackdown.report.Problem;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in responses, target dates and evidence are reported with their place; drafts stay out of the build. */
class FollowupContentTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void aTrackerWithTwoResponses() {
        fixture = new TrackerFixture(project)
                .file("tracker.yml", TrackerFixture.TRACKER_YML + """
                        responses:
                          - name: Accepted
                            meaning: Agreed.
                          - name: Not accepted
                            meaning: Declined.
                        """)
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained");
    }

    @Test
    void aMisspeltResponseATargetDateInMonth13AndAJavascriptLinkAreEachReportedWithTheirPlace() {
        fixture.file("2024/r2.md", """
                ---
                id: R2
                title: Checklists
                theme: Processes
                status: Not met
                outcome: Retained
                owners: Cabinet Office
                response: Acepted
                due: 2025-13
                evidence:
                  - date: 2024-11-02
                    title: Checklist published
                    link: javascript:alert(1)
                ---
                Government should publish checklists.
                """);

        assertEquals(List.of(
                "src/tracker/2024/r2.md:8:11: error: `Acepted` is not a response of this tracker; did you mean"
                        + " `Accepted`? (allowed: Accepted, Not accepted)",
                "src/tracker/2024/r2.md:9:6: error: `2025-13` is not a date; write the target date as a day as"
                        + " YYYY-MM-DD, such as 2025-03-31, or a month as YYYY-MM, such as 2025-03",
                "src/tracker/2024/r2.md:13:11: error: `link:` must be a web address starting with https://, not"
                        + " `javascript:alert(1)`"), fixture.problems());
    }

    @Test
    void aResponseIsRefusedWhenTrackerYmlListsNoneAndAnEvidenceItemNeedsADayOrMonthAndATitle() {
        fixture.standardTracker().file("2024/r2.md", """
                ---
                id: R2
                title: Checklists
                theme: Processes
                status: Not met
                outcome: Retained
                owners: Cabinet Office
                response: Accepted
                priority: maybe
                evidence:
                  - date: 2024-02-30
                  - title: Published
                    link: https://example.org/checklists
                ---
                Government should publish checklists.
                """);

        assertEquals(List.of(
                "src/tracker/2024/r2.md:8:11: error: `response:` needs the list of responses in tracker.yml"
                        + " (`responses:`, each with a `name:` and a `meaning:`); add it there, or remove this line",
                "src/tracker/2024/r2.md:9:11: error: `priority:` is `true` or `false`, not `maybe`",
                "src/tracker/2024/r2.md:11:5: error: `title:` is missing; say in one line what was done or published",
                "src/tracker/2024/r2.md:11:11: error: `2024-02-30` is not a date; write when it happened as a day as"
                        + " YYYY-MM-DD, such as 2025-03-31, or a month as YYYY-MM, such as 2025-03",
                "src/tracker/2024/r2.md:12:5: error: `date:` is missing; give when it happened, as a day as"
                        + " YYYY-MM-DD, such as 2025-03-31, or a month as YYYY-MM, such as 2025-03"),
                fixture.problems());
    }

    @Test
    void aDraftReviewIsLeftOutOfTheBuildAndShownWithADraftBannerInThePreview() throws Exception {
        fixture.file("2025/review.md", """
                ---
                draft: true
                title: Review of 2025
                published: 2025-07-01
                ---
                Not finished.
                """)
                .recommendation(2025, "R1", "Career frameworks", "People", "Good progress", "Retained");

        BuildReport built = fixture.build();

        assertEquals(List.of("src/tracker/2025/review.md:2:8: note: the 2025 review is a draft (`draft: true`): it"
                + " and its recommendations are left out of the published site, and shown in the preview; remove the"
                + " line to publish it"), built.warnings().stream().map(Object::toString).toList());
        assertFalse(fixture.siteFiles().contains("reviews/2025.html"));
        assertFalse(fixture.page("recommendations/r1.html").contains("2025"));
        assertFalse(fixture.page("recommendations/r1.html").contains("Draft"));

        Trackdown previewEngine = Trackdown.builder().contentDirectory(fixture.content()).projectDirectory(project)
                .drafts(true).build();
        try (Preview preview = Preview.start(previewEngine, new InetSocketAddress("127.0.0.1", 0), new Quiet())) {
            String review = get(preview, "reviews/2025.html");
            String recommendation = get(preview, "recommendations/r1.html");

            assertTrue(review.contains("<h1>2025 review</h1>\n<p class=\"draft-banner\"><strong>Draft: this"
                    + " review is not published. Only the preview shows it; remove the line “draft: true” from its"
                    + " review.md to publish it.</strong></p>"), review);
            assertTrue(recommendation.contains("<p class=\"draft-banner\"><strong>Draft: this recommendation is not"
                    + " published."), recommendation);
            assertEquals(1, recommendation.split("<strong class=\"draft-tag\">Draft</strong></h3>", -1).length - 1,
                    "only the 2025 entry of its history is marked: " + recommendation);
        }
    }

    @Test
    void aDraftRecommendationIsLeftOutOfTheBuildButTheRestOfItsReviewIsPublished() throws Exception {
        Path file = fixture.content().resolve("2024/r1.md");
        Files.writeString(file, Files.readString(file).replace("owners:", "draft: true\nowners:"));
        fixture.recommendation(2024, "R2", "Checklists", "Processes", "Not met", "Retained");

        BuildReport built = fixture.build();

        assertEquals(List.of("R2"), built.tracker().recommendations().stream().map(r -> r.id()).toList());
        assertFalse(fixture.siteFiles().contains("recommendations/r1.html"));
        assertTrue(fixture.siteFiles().contains("recommendations/r2.html"));
        assertEquals(List.of(), Trackdown.builder().contentDirectory(fixture.content()).drafts(true).build()
                .render().warnings(), "the preview shows drafts, so it has nothing to note");
    }

    @Test
    void aTrackerWhoseEveryReviewIsADraftIsAnErrorNotAnEmptySite() {
        fixture.file("2024/review.md", """
                ---
                title: Review of 2024
                published: 2024-07-01
                draft: true
                ---
                Not finished.
                """);

        assertEquals(List.of("src/tracker/2024/review.md:4:8: note: the 2024 review is a draft (`draft: true`): it and"
                + " its recommendations are left out of the published site, and shown in the preview; remove the line"
                + " to publish it", "src/tracker/tracker.yml:1:1: error: every review is a draft (`draft: true` in its"
                + " review.md), so there is nothing to publish; remove the line from the review to publish"),
                fixture.problems());
    }

    private static String get(Preview preview, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + preview.address().getPort() + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** A preview log that keeps nothing. */
    private static final class Quiet implements PreviewLog {
        @Override
        public void info(String line) {
        }

        @Override
        public void problem(Problem problem) {
        }
    }
}
