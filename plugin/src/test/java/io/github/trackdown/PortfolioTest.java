package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.scaffold.ScaffoldException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio: a portfolio.yml and one folder per report, each a complete tracker, published as one site. */
class PortfolioTest {

    static final String PORTFOLIO_YML = """
            title: Statistics reviews
            description: Every report's recommendations, followed up.
            publisher: Office for Tests
            licence: OGL-UK-3.0
            aliases:
              Cabinet Office:
                - The Cabinet Office
            """;

    @TempDir
    Path project;

    TrackerFixture fixture;

    @BeforeEach
    void twoReports() {
        fixture = new TrackerFixture(project).file("portfolio.yml", PORTFOLIO_YML);
        report("linkage-2023", "Data linkage");
        review("linkage-2023", 2023, "2023-07-01");
        recommendation("linkage-2023", 2023, "R1", "Career frameworks", "Not yet assessed", "New", "Cabinet Office");
        recommendation("linkage-2023", 2023, "R2", "Checklists", "Not yet assessed", "New", "ONS");
        review("linkage-2023", 2024, "2024-07-01");
        recommendation("linkage-2023", 2024, "R1", "Career frameworks", "Some progress", "Retained",
                "Cabinet Office");
        recommendation("linkage-2023", 2024, "R2", "Checklists", "Closed", "Removed", "ONS");
        report("covid-2022", "Statistics in the pandemic");
        review("covid-2022", 2022, "2022-03-01");
        recommendation("covid-2022", 2022, "R1", "Dashboards", "Not yet assessed", "New", "The Cabinet Office");
        recommendation("covid-2022", 2022, "R2", "Testing data", "Not yet assessed", "New", "NHS England");
        review("covid-2022", 2023, "2023-03-01");
        recommendation("covid-2022", 2023, "R1", "Dashboards", "Not met", "Retained", "The Cabinet Office");
        recommendation("covid-2022", 2023, "R2", "Testing data", "Good progress", "Retained", "NHS England");
    }

    @Test
    void theHomePageNamesAndLinksBothReportsNewestFirstWithTheirLatestCounts() throws Exception {
        fixture.build();

        String home = fixture.page("index.html");
        int linkage = home.indexOf("<a href=\"linkage-2023/index.html\">Data linkage</a>");
        int covid = home.indexOf("<a href=\"covid-2022/index.html\">Statistics in the pandemic</a>");
        assertTrue(linkage > 0 && covid > 0, home);
        assertTrue(linkage < covid, "the report with the newest review comes first");
        assertTrue(home.contains("<a href=\"linkage-2023/reviews/2024.html\">2024</a>"), home);
        assertTrue(home.contains("<li>1 Some progress</li><li>1 Closed</li>"), home);
        assertTrue(home.contains("4 recommendations in 2 reports"), home);
    }

    @Test
    void eachReportsPagesArePublishedUnderItsFolderAsASingleTrackersAre() throws Exception {
        fixture.build();

        List<String> files = fixture.siteFiles();
        for (String report : List.of("linkage-2023/", "covid-2022/")) {
            for (String page : List.of("index.html", "reviews.html", "statuses.html", "data.html",
                    "recommendations/r1.html", "recommendations/r2.html", "data/recommendations.csv",
                    "assets/style.css")) {
                assertTrue(files.contains(report + page), report + page + " in " + files);
            }
        }
        assertTrue(fixture.page("covid-2022/reviews/2023.html").contains("Dashboards"));
    }

    @Test
    void recommendationsOverdueAtTheirLatestReviewAreListedAcrossReportsOnlyWhenThereAreAny() throws Exception {
        fixture.build();
        assertFalse(Files.exists(fixture.site().resolve("overdue.html")), "no report gives a target date");

        fixture.file("covid-2022/2023/r1.md", Files.readString(fixture.content().resolve("covid-2022/2023/r1.md"))
                .replace("owners:", "due: 2022-12\nowners:"));
        fixture.file("linkage-2023/2024/r1.md", Files.readString(fixture.content().resolve("linkage-2023/2024/r1.md"))
                .replace("owners:", "due: 2025-01\nowners:"));
        fixture.build();

        String overdue = fixture.page("overdue.html");
        assertTrue(overdue.contains("1 recommendation still followed up is overdue at its report&#39;s latest review."),
                overdue);
        assertTrue(overdue.contains("Dashboards"), "due December 2022, not met at the March 2023 review");
        assertFalse(overdue.contains("Career frameworks"), "due January 2025, after the July 2024 review");
        assertTrue(fixture.page("index.html").contains("href=\"overdue.html\""), "linked from the navigation");
    }

    @Test
    void everyPageOfAReportLinksBackToThePortfolioFromItsHeader() throws Exception {
        fixture.build();

        assertTrue(fixture.page("linkage-2023/index.html").contains(
                "<p class=\"part-of\">Part of <a href=\"../index.html\">Statistics reviews</a></p>"));
        assertTrue(fixture.page("covid-2022/recommendations/r1.html").contains(
                "<p class=\"part-of\">Part of <a href=\"../../index.html\">Statistics reviews</a></p>"));
        assertFalse(fixture.page("index.html").contains("part-of"), "the portfolio's own pages need no link up");
    }

    @Test
    void anOwnerPageListsTheRecommendationsOfBothReportsAddressedToIt() throws Exception {
        fixture.build();

        String owners = fixture.page("owners.html");
        assertTrue(owners.contains("<a href=\"owners/cabinet-office.html\">Cabinet Office</a> (2 recommendations)"),
                owners);
        assertFalse(owners.contains(">The Cabinet Office<"), "the alias is the same owner, not another");
        String owner = fixture.page("owners/cabinet-office.html");
        assertTrue(owner.contains("<a href=\"../linkage-2023/recommendations/r1.html\"><span class=\"rec-id\">R1</span>"
                + " Career frameworks</a>"), owner);
        assertTrue(owner.contains("<a href=\"../covid-2022/recommendations/r1.html\"><span class=\"rec-id\">R1</span>"
                + " Dashboards</a>"), owner);
        assertTrue(owner.indexOf("Dashboards") < owner.indexOf("Career frameworks"),
                "Not met (step 1 of 3) is worse than Some progress (step 2 of 3)");
    }

    @Test
    void theCombinedCsvHasOneRowPerRecommendationPerReviewOfBothReportsWithItsReport() throws Exception {
        fixture.build();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(fixture.page("data/recommendations.csv"))).getRecords();
        List<String> keys = rows.stream().map(row -> row.get("report") + " " + row.get("id") + " " + row.get("year"))
                .toList();
        assertEquals(List.of("covid-2022 R1 2022", "covid-2022 R1 2023", "covid-2022 R2 2022", "covid-2022 R2 2023",
                "linkage-2023 R1 2023", "linkage-2023 R1 2024", "linkage-2023 R2 2023", "linkage-2023 R2 2024"), keys);
        assertTrue(fixture.page("data/recommendations.csv").startsWith("id,year,published,review_title,title,theme,"
                + "owners,status,outcome,wording,comment,url,response,due,priority,overdue,report,report_title\r\n"));
        assertEquals("Statistics in the pandemic", rows.get(0).get("report_title"));
        assertEquals("covid-2022/recommendations/r1.html#review-2022", rows.get(0).get("url"));
        assertTrue(fixture.page("data/portfolio.json").contains("\"report\" : \"linkage-2023\""));
        assertTrue(fixture.siteFiles().containsAll(List.of("data/recommendations.ods",
                "data/recommendations.csv-metadata.json", "feed.xml")));
    }

    @Test
    void everyLinkOfThePortfolioAndItsReportsResolves() throws Exception {
        fixture.build();

        assertTrue(fixture.siteFiles().contains("owners/nhs-england.html"));
        assertEquals(List.of(), SiteLinks.broken(fixture.site()));
    }

    @Test
    void aLinkToAnotherReportsRecommendationLeadsToItsPageThere() throws Exception {
        fixture.file("linkage-2023/2024/review.md", """
                ---
                title: Review of 2024
                published: 2024-07-01
                ---
                Dashboards are followed in [the pandemic report](../../covid-2022/2023/r1.md).
                """);

        fixture.build();

        String review = fixture.page("linkage-2023/reviews/2024.html");
        assertTrue(review.contains("href=\"../../covid-2022/recommendations/r1.html#review-2023\">the pandemic report</a>"),
                review);
        assertEquals(List.of(), SiteLinks.broken(fixture.site()));
    }

    @Test
    void aLinkToAnotherReportsFileThatIsNotThereIsAnErrorWhereItIsWritten() {
        fixture.file("linkage-2023/2024/review.md", """
                ---
                title: Review of 2024
                published: 2024-07-01
                ---
                See [dashboards](../../covid-2022/2023/r1.md) and [tests](../../covid-2022/2023/r9.md).
                """);

        assertEquals(List.of("src/tracker/linkage-2023/2024/review.md:5:51: error: the link to"
                + " `../../covid-2022/2023/r9.md` leads to no content file; check the file name and folder"),
                fixture.problems());
    }

    @Test
    void withTheSitesAddressOneSitemapAtTheRootListsThePortfoliosPagesAndEveryReports() throws Exception {
        Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site()).projectDirectory(project)
                .siteUrl("https://example.org/reviews/").build().build();

        String sitemap = fixture.page("sitemap.xml");
        for (String page : List.of("index.html", "owners/nhs-england.html", "linkage-2023/index.html",
                "covid-2022/recommendations/r2.html")) {
            assertTrue(sitemap.contains("<loc>https://example.org/reviews/" + page + "</loc>"), page + sitemap);
        }
        assertFalse(sitemap.contains("404.html"), sitemap);
    }

    @Test
    void theOpenPageGroupsByKindOfStatusWorstFirstAndSaysSo() throws Exception {
        fixture.build();

        String open = fixture.page("open.html");
        assertTrue(open.contains("grouped by kind of status and ordered from worst to best"), open);
        assertTrue(open.contains("3 recommendations are still followed up."), open);
        int notMet = open.indexOf("Dashboards");
        int some = open.indexOf("Career frameworks");
        int good = open.indexOf("Testing data");
        assertTrue(notMet > 0 && notMet < some && some < good, open);
        assertFalse(open.contains("Checklists"), "a closed recommendation is not open");
        assertTrue(open.contains("Not met <span class=\"count-percent\">(step 1 of 3)</span>"), open);
    }

    @Test
    void aReportWithoutALicenceOfItsOwnTakesThePortfolios() throws Exception {
        fixture.build();

        assertTrue(fixture.page("linkage-2023/index.html").contains("Open Government Licence v3.0"));
    }

    @Test
    void aPortfolioInWelshHasItsOwnPagesInWelshWhileEachReportKeepsItsLanguage() throws Exception {
        fixture.file("portfolio.yml", PORTFOLIO_YML + "language: cy\n");

        fixture.build();

        String home = fixture.page("index.html");
        assertTrue(home.contains("<html lang=\"cy\">"), home);
        assertTrue(home.contains("Adroddiadau, y diweddaraf yn gyntaf"), home);
        assertTrue(fixture.page("open.html").contains("cam 1 o 3"));
        assertTrue(fixture.page("linkage-2023/index.html").contains("<html lang=\"en\">"));
    }

    @Test
    void theNotFoundPageIsAtThePortfoliosRootWithItsStyleInline() throws Exception {
        fixture.build();

        String notFound = fixture.page("404.html");
        assertTrue(notFound.contains("<style>"), "styled without a link: it may be served at any depth");
        assertTrue(notFound.contains("<a href=\"index.html\">"), notFound);
    }

    @Test
    void everyPortfolioTemplateOverriddenInThePortfoliosTemplatesFolderShowsItsMarker() throws Exception {
        List<String> names;
        try (var files = Files.list(TemplateDocsTest.TEMPLATES)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("portfolio-"))
                    .sorted().toList();
        }
        for (String name : names) {
            String builtIn = Files.readString(TemplateDocsTest.TEMPLATES.resolve(name));
            String marker = "<!-- overridden " + name + " -->";
            int content = builtIn.startsWith("{{<layout}}") ? builtIn.indexOf("{{$content}}") + 12 : 0;
            fixture.file("templates/" + name, builtIn.substring(0, content) + marker + builtIn.substring(content));
        }
        fixture.file("covid-2022/2023/r1.md", Files.readString(fixture.content().resolve("covid-2022/2023/r1.md"))
                .replace("owners:", "due: 2022-12\nowners:"));

        fixture.build();

        String pages = String.join("", List.of("index.html", "open.html", "overdue.html", "owners.html",
                "owners/ons.html", "search.html", "data.html", "statuses.html").stream().map(fixture::page).toList());
        assertEquals(List.of(), names.stream().filter(name -> !pages.contains("<!-- overridden " + name + " -->"))
                .toList());
        assertEquals(10, names.size(), names.toString());
    }

    @Test
    void anAliasNamingNoOwnerIsAnErrorAtItsLine() {
        fixture.file("portfolio.yml", PORTFOLIO_YML + "  ONS:\n    - Office for National Statistcs\n");

        assertEquals(List.of("src/tracker/portfolio.yml:9:7: error: the alias `Office for National Statistcs` of"
                + " `ONS` names no owner: no recommendation of any report is addressed to it in its latest review"),
                fixture.problems());
    }

    @Test
    void idsAreUniquePerReportAndEveryReportsProblemsAreReportedTogether() {
        recommendation("linkage-2023", 2024, "R1", "Career frameworks", "Some progress", "Retained",
                "Cabinet Office", "r1-again.md");
        fixture.file("covid-2022/2023/r2.md", "---\nid: R2\n---\n");

        List<String> problems = fixture.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("src/tracker/linkage-2023/2024/r1-again.md:2:")
                && p.contains("R1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("src/tracker/covid-2022/2023/r2.md:")),
                problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("covid-2022") && p.contains("`R1`")),
                "the same id in two reports is no problem: " + problems);
    }

    @Test
    void aFolderWithoutTrackerYmlIsAnError() {
        fixture.file("notes/readme.md", "Notes.\n");

        assertEquals(List.of("src/tracker/notes: error: the folder `notes` has no tracker.yml; each report of a"
                + " portfolio is a folder with a tracker.yml and its review years"), fixture.problems());
    }

    @Test
    void theSamePortfolioGivesTheSameBytes() throws Exception {
        fixture.build();
        String home = fixture.page("index.html");
        String csv = fixture.page("data/recommendations.csv");
        String ods = fixture.page("data/recommendations.ods");

        fixture.build();

        assertEquals(home, fixture.page("index.html"));
        assertEquals(csv, fixture.page("data/recommendations.csv"));
        assertEquals(ods, fixture.page("data/recommendations.ods"));
    }

    @Test
    void aBuildReusesTheCheckOfThePortfolioWhenNoFileChangedAndGivesTheSameBytes() throws Exception {
        fixture.build();
        String home = fixture.page("index.html");
        String csv = fixture.page("data/recommendations.csv");
        Trackdown checker = fixture.engine();
        checker.check();

        BuildReport report = engineAfter(checker.checked().orElseThrow()).build();

        assertTrue(report.checkReused());
        assertEquals("4 recommendations in 4 reviews of 2 reports", report.contents());
        assertEquals(home, fixture.page("index.html"));
        assertEquals(csv, fixture.page("data/recommendations.csv"));
    }

    @Test
    void aBuildReadsThePortfolioAgainWhenAReportsFileChangedSinceTheCheck() throws Exception {
        Trackdown checker = fixture.engine();
        checker.check();
        recommendation("covid-2022", 2023, "R1", "Dashboards for everyone", "Not met", "Revised",
                "The Cabinet Office");

        BuildReport report = engineAfter(checker.checked().orElseThrow()).build();

        assertFalse(report.checkReused());
        assertTrue(fixture.page("open.html").contains("Dashboards for everyone"));
    }

    private Trackdown engineAfter(CheckedContent check) {
        return Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(fixture.site())
                .projectDirectory(project).checkedBefore(check).build();
    }

    @Test
    void aNewReviewIsStartedInOneReportNamedByItsFolder() throws Exception {
        fixture.file("covid-2022/2023/review.md", """
                ---
                title: Review of 2023
                published: 2023-03-01
                ---
                See also [career frameworks](../../linkage-2023/2024/r1.md).
                """);
        ScaffoldException refused = assertThrows(ScaffoldException.class, () -> fixture.engine().newReview(0));
        assertEquals("the content folder is a portfolio: name the report to add to, such as"
                + " -Dtrackdown.report=linkage-2023 (its folder)", refused.getMessage());

        Trackdown.builder().contentDirectory(fixture.content().resolve("covid-2022")).projectDirectory(project)
                .build().newReview(0);

        assertTrue(Files.isRegularFile(fixture.content().resolve("covid-2022/2024/review.md")));
        assertTrue(Files.isRegularFile(fixture.content().resolve("covid-2022/2024/r1.md")));
        assertFalse(Files.exists(fixture.content().resolve("linkage-2023/2025")));
    }

    @Test
    void thePreviewRendersThePortfolioInMemoryAndAgainAfterAChange() throws Exception {
        Trackdown engine = fixture.engine();
        RenderedSite first = engine.render();
        assertTrue(first.files().stream().anyMatch(file -> file.path().equals("linkage-2023/recommendations/r1.html")));
        assertEquals("4 recommendations in 4 reviews of 2 reports", first.contents());

        recommendation("covid-2022", 2023, "R1", "Dashboards for everyone", "Not met", "Revised",
                "The Cabinet Office");
        RenderedSite second = engine.render();

        String open = second.files().stream().filter(file -> file.path().equals("open.html")).findFirst()
                .map(file -> new String(file.bytes(), StandardCharsets.UTF_8)).orElseThrow();
        assertTrue(open.contains("Dashboards for everyone"), open);
        assertFalse(Files.exists(fixture.site()), "the preview writes nothing");
    }

    private void report(String folder, String title) {
        fixture.file(folder + "/tracker.yml", TrackerFixture.TRACKER_YML.replace("title: Test tracker",
                "title: " + title));
    }

    private void review(String folder, int year, String published) {
        fixture.file(folder + "/" + year + "/review.md", """
                ---
                title: Review of %d
                published: %s
                ---
                The %d review found things.
                """.formatted(year, published, year));
    }

    private void recommendation(String folder, int year, String id, String title, String status, String outcome,
            String owner) {
        recommendation(folder, year, id, title, status, outcome, owner, id.toLowerCase() + ".md");
    }

    private void recommendation(String folder, int year, String id, String title, String status, String outcome,
            String owner, String file) {
        fixture.file(folder + "/" + year + "/" + file, """
                ---
                id: %s
                title: %s
                theme: People
                status: %s
                outcome: %s
                owners:
                  - %s
                ---
                Government should do %s.
                """.formatted(id, title, status, outcome, owner, title.toLowerCase()));
    }
}
