package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuildTest {

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void twoReviewsOfThreeRecommendations() {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2023)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2023, "R2", "Checklists", "Processes", "Not yet assessed", "New")
                .recommendation(2023, "R10", "Funding", "Processes", "Not yet assessed", "New")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained")
                .recommendation(2024, "R2", "Checklists", "Processes", "Closed", "Removed")
                .recommendation(2024, "R10", "Funding and resources", "Processes", "Not met", "Revised");
    }

    @Test
    void buildsOnePagePerRecommendationReviewAndTheme() throws Exception {
        BuildReport report = fixture.build();

        List<String> files = fixture.siteFiles();
        assertTrue(files.containsAll(List.of(".nojekyll", "404.html", "index.html", "compare.html", "statuses.html",
                "reviews.html", "themes.html", "assets/style.css", "assets/statuses.css",
                "reviews/2023.html", "reviews/2024.html",
                "recommendations/r1.html", "recommendations/r2.html", "recommendations/r10.html",
                "themes/people.html", "themes/processes.html")), files.toString());
        assertEquals(files.size() - 1, report.filesWritten(), "every file but the manifest is a page or asset");
    }

    @Test
    void homePageCountsTheLatestReviewByStatus() throws Exception {
        fixture.build();

        String home = text(fixture.page("index.html"));
        assertTrue(home.contains("1 Not met (34%)"), home);
        assertTrue(home.contains("1 Some progress (33%)"), home);
        assertTrue(home.contains("1 Closed (33%)"), home);
        assertFalse(home.contains("Good progress ("), "statuses nobody has are left out of the counts");
    }

    @Test
    void homePageComparesEveryRecommendationAcrossTheReviewYears() throws Exception {
        fixture.build();

        String home = fixture.page("index.html");
        String table = home.substring(home.indexOf("<table class=\"matrix\""), home.indexOf("</table>"));
        assertTrue(table.contains("<th scope=\"col\" data-sort=\"year\">2023</th><th scope=\"col\" data-sort=\"year\">2024</th>"),
                table);
        assertTrue(table.contains("<th scope=\"rowgroup\" colspan=\"3\">People</th>"), "grouped by theme");
        List<String> rows = rowHeaders(table);
        assertEquals(List.of("R1 Career frameworks", "R2 Checklists", "R10 Funding and resources"), rows,
                "rows in natural id order, with the latest title");
        assertTrue(text(table).contains("Some progress ● Assessed for the first time since 2023"), text(table));
    }

    @Test
    void recommendationPageShowsEveryYearsWordingAndStatusNewestFirst() throws Exception {
        fixture.build();

        String page = text(fixture.page("recommendations/r10.html"));
        int latest = page.indexOf("2024 review: Not met");
        int earliest = page.indexOf("2023 review: Not yet assessed");
        assertTrue(latest > 0 && earliest > latest, page);
        assertTrue(page.contains("Government should do funding and resources."), page);
        assertTrue(page.contains("Government should do funding."), page);
        assertTrue(page.contains("Progress on funding and resources in 2024."), page);
        assertTrue(page.contains("Addressed to Cabinet Office"), page);
    }

    @Test
    void reviewPageListsStatusOutcomeAndCommentOfEachRecommendation() throws Exception {
        fixture.build();

        String page = text(fixture.page("reviews/2024.html"));
        assertTrue(page.contains("R2 Checklists Processes Closed ■ Closed since 2023 Removed Progress on checklists in 2024."),
                page);
        assertTrue(fixture.page("reviews/2024.html").contains("href=\"https://example.org/review-2024\""));
    }

    @Test
    void comparePageHasATableAndAChartWithATextAlternative() throws Exception {
        fixture.build();

        String page = fixture.page("compare.html");
        assertTrue(page.contains("<svg"), page);
        assertTrue(page.contains("<desc id=\"counts-chart-desc\">2023: Not yet assessed 3. 2024: Not met 1,"
                + " Some progress 1, Closed 1.</desc>"), page);
        assertTrue(text(page).contains("Not met 0 (0%) 1 (34%)"), text(page));
    }

    @Test
    void everyInternalLinkIsRelativeAndLeadsToAFile() throws Exception {
        fixture.build();

        assertEquals(List.of(), SiteLinks.broken(fixture.site()));
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() throws Exception {
        fixture.build();

        for (Path page : SiteLinks.htmlPages(fixture.site())) {
            String html = Files.readString(page);
            int tables = count(html, "<table");
            assertEquals(tables, count(html, "<caption"), page + " has a table without caption");
            assertEquals(count(html, "<th ") + count(html, "<th>"), count(html, "<th scope=\""), page + " has a header without scope");
        }
    }

    @Test
    void theSameContentGivesByteIdenticalSites() throws Exception {
        fixture.build();
        String first = snapshot(fixture);
        fixture.build();

        assertEquals(first, snapshot(fixture));
    }

    static String snapshot(TrackerFixture fixture) {
        StringBuilder all = new StringBuilder();
        for (String file : fixture.siteFiles()) {
            all.append("== ").append(file).append('\n').append(fixture.page(file));
        }
        return all.toString();
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    static List<String> rowHeaders(String table) {
        Matcher matcher = Pattern.compile("<th scope=\"row\">(.*?)</th>", Pattern.DOTALL).matcher(table);
        List<String> rows = new java.util.ArrayList<>();
        while (matcher.find()) {
            rows.add(text(matcher.group(1)));
        }
        return rows;
    }

    /** The visible text of HTML: tags removed, entities decoded, white space collapsed. */
    static String text(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#61;", "=")
                .replace("&amp;", "&").replaceAll("\\s+", " ").replaceAll(" ([.,;:)])", "$1").strip();
    }
}
