package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.trackdown.report.Severity;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The many-year tracker's responses, target dates, priorities, evidence and draft, as the built site shows them (see
 * {@link ManyYearTracker} for what the content says).
 */
class FollowupSiteTest {

    @TempDir
    static Path project;

    static TrackerFixture fixture;
    static BuildReport report;

    @BeforeAll
    static void build() throws Exception {
        fixture = new TrackerFixture(project);
        ManyYearTracker.write(fixture.content());
        report = fixture.build();
    }

    @Test
    void theResponseAndItsTextAreShownBesideTheStatusOnTheRecommendationsPage() {
        String page = fixture.page("recommendations/r3.html");
        String facts = page.substring(page.indexOf("<dl class=\"facts\">"), page.indexOf("</dl>"));

        assertTrue(facts.contains("<dt>Status in 2024</dt>"), facts);
        assertTrue(facts.contains("<dt>Response</dt><dd><a class=\"response-label response-accepted-in-part\""
                + " href=\"../statuses.html#response-accepted-in-part\">Accepted in part</a></dd>"), facts);
        assertTrue(page.contains("<h2 id=\"response-heading\">The response, as recorded in 2021</h2>\n"
                + "<div class=\"prose\"><p>The department accepts the need for clear gateways, but not a new"
                + " statute.</p>"), page);
        assertTrue(page.contains("<h4>Response recorded in 2021</h4>"), page);
        assertTrue(fixture.page("statuses.html").contains("<div id=\"response-accepted-in-part\"><dt>Accepted in"
                + " part</dt><dd>It agreed to part of the recommendation.</dd></div>"));
    }

    @Test
    void aHistoryEntryNamesTheResponseOnlyWhereItDiffersFromTheOneAbove() {
        String page = fixture.page("recommendations/r3.html");
        String history = page.substring(page.indexOf("<section class=\"history-entry\""));

        String from2022 = history.substring(0, history.indexOf("id=\"review-2021\""));

        assertEquals(2, page.split("response-label response-accepted-in-part", -1).length - 1,
                "R3's response is named at the top and in 2021, where it was first recorded: " + history);
        assertFalse(from2022.contains("<dt>Response</dt>"), "the reviews that kept it do not repeat it: " + from2022);
        assertTrue(history.contains("<dt>Target date</dt>"), "the target date stays in every entry, with its mark");
    }

    @Test
    void theHomeAndReviewPagesCountTheRecommendationsByResponse() {
        String home = SiteBuildTest.text(fixture.page("index.html"));
        String review2021 = SiteBuildTest.text(fixture.page("reviews/2021.html"));

        assertTrue(home.contains("Responses 2 Accepted 1 Accepted in part 1 Not accepted 27 No response recorded"),
                home);
        assertTrue(review2021.contains("Responses 2 Accepted 1 Accepted in part 1 Not accepted 14 No response"
                + " recorded"), review2021);
        assertTrue(fixture.page("reviews/2024.html").contains("<br><span class=\"response-in-table\">Response: <a"
                + " class=\"response-label response-accepted\" href=\"../statuses.html#response-accepted\">Accepted"
                + "</a></span>"));
    }

    @Test
    void overdueRecommendationsAreMarkedInWordsAndCountedAndListedOnTheHomePage() {
        String home = fixture.page("index.html");

        assertTrue(SiteBuildTest.text(home).contains("2 recommendations were overdue at the 2024 review: R3 Clear"
                + " legal gateways; R17 Timeliness of access;"), SiteBuildTest.text(home));
        assertEquals(5, count(home, "<strong class=\"overdue\">Overdue</strong>"),
                "R3 in 2022, 2023 and 2024, R17 in 2023 and 2024");
        String r3Row = home.substring(home.indexOf("<tr data-order=\"3\""), home.indexOf("</tr>",
                home.indexOf("<tr data-order=\"3\"")));
        assertTrue(r3Row.contains("<td class=\"matrix-cell\" data-label=\"2024\">"), r3Row);
        assertTrue(r3Row.endsWith("<strong class=\"overdue\">Overdue</strong></td>\n"), r3Row);
        assertTrue(fixture.page("recommendations/r3.html").contains("<time datetime=\"2023-03\">March 2023</time>"
                + " <strong class=\"overdue\">Overdue at the 2024 review</strong>"));
        assertFalse(fixture.page("recommendations/r10.html").contains("class=\"overdue\""),
                "R10 reached the best status before its date passed");
        assertTrue(SiteBuildTest.text(fixture.page("reviews/2023.html"))
                .contains("2 recommendations were overdue at the 2023 review: R3 Clear legal gateways; R17"));
    }

    @Test
    void aMovedOrRemovedTargetDateIsSaidOnThePageAndInThePairComparisonAndCountedPerReview() {
        assertTrue(fixture.page("recommendations/r1.html")
                .contains("<dd>Target date moved from March 2023 to September 2025</dd>"));
        assertTrue(fixture.page("recommendations/r7.html")
                .contains("<dd>Target date removed (it was 31 March 2024)</dd>"));
        assertTrue(fixture.page("recommendations/r3.html").contains("<div class=\"due-change\"><dt>Target date"
                + " changed</dt><dd>Target date moved from March 2022 to March 2023</dd></div>"), "in its 2023 entry");
        String pair = SiteBuildTest.text(fixture.page("compare/2022-2023.html"));
        assertTrue(pair.contains("Target dates changed (3) Recommendations whose target date in 2023 differs from the"
                + " one in 2022. R1 Data skills for analysts: Target date moved from March 2023 to September 2025"
                + " R3 Clear legal gateways: Target date moved from March 2022 to March 2023"
                + " R7 Senior leaders accountable for data sharing: Target date set: 31 March 2024"), pair);
        assertTrue(SiteBuildTest.text(fixture.page("reviews/2023.html"))
                .contains("2 target dates were moved or removed by the 2023 review."));
        assertTrue(SiteBuildTest.text(fixture.page("reviews/2024.html"))
                .contains("1 target date was moved or removed by the 2024 review."));
        assertFalse(SiteBuildTest.text(fixture.page("reviews/2022.html")).contains("target date was moved"),
                "setting a date for the first time is not a slip");
    }

    @Test
    void priorityRecommendationsHaveTheirOwnPageLinkedFromTheHomePageAndAMarkerInTheMatrix() {
        String home = fixture.page("index.html");
        String priority = fixture.page("priority.html");

        assertTrue(home.contains("<a href=\"priority.html\">See the priority recommendations</a> (2 priority"
                + " recommendations)"), home);
        assertEquals(List.of("R10", "R3"), ids(priority), "grouped by theme: People, then Processes");
        assertTrue(priority.contains("The 2 recommendations marked as a priority, against every review year."));
        assertEquals(2, count(home, "</a> <strong class=\"priority-tag\">Priority</strong></th>"));
        assertTrue(home.contains("<select id=\"matrix-field-priority\" data-filter=\"field-priority\">"), home);
        assertTrue(home.contains("<select id=\"matrix-field-response\" data-filter=\"field-response\">"), home);
        assertTrue(home.contains("<select id=\"matrix-field-overdue\" data-filter=\"field-overdue\">"), home);
        assertTrue(home.contains("data-field-response=\"accepted-in-part\" data-field-priority=\"yes\""
                + " data-field-overdue=\"yes\">"), home);
    }

    @Test
    void theEvidenceIsOneTimelineNewestFirstAcrossAllReviewsAndEachItemIsAFeedEntry() {
        String page = fixture.page("recommendations/r3.html");
        String timeline = page.substring(page.indexOf("<ol class=\"timeline\">"), page.indexOf("</ol>"));

        assertEquals(List.of("2024-03-14", "2023-02", "2021-05-10"), matches(timeline,
                "<li id=\"evidence-[^\"]*\"><time datetime=\"([^\"]+)\">"));
        assertTrue(timeline.contains("<li id=\"evidence-2024-03-14-consultation-new-gateways\"><time"
                + " datetime=\"2024-03-14\">14 March 2024</time> <a href=\"https://example.org/consultation\">"
                + "Consultation: new gateways</a> <span class=\"recorded\">(recorded in the 2024 review)</span></li>"),
                timeline);
        assertTrue(timeline.contains("<time datetime=\"2023-02\">February 2023</time> Draft guidance on legal"
                + " gateways <span"), timeline);
        String feed = fixture.page("feed.xml");
        assertEquals(3, count(feed, "<title>R3: "), feed);
        assertTrue(feed.contains("<entry>\n<title>R3: Consultation: new gateways</title>\n"
                + "<id>urn:trackdown:many-year-test-tracker:evidence:R3:evidence-2024-03-14-consultation-new-gateways"
                + "</id>\n<updated>2024-03-14T00:00:00Z</updated>\n<link rel=\"alternate\" type=\"text/html\""
                + " href=\"recommendations/r3.html#evidence-2024-03-14-consultation-new-gateways\"/>\n"), feed);
        List<String> updated = matches(feed, "<entry>\n<title>[^<]*</title>\n<id>[^<]*</id>\n<updated>([^<]+)<");
        assertEquals(updated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), updated,
                "entries newest first");
        assertEquals(5 + 3, updated.size(), "five reviews and three evidence items");
    }

    @Test
    void theCsvAndJsonCarryTheResponseTargetDatePriorityOverdueAndEvidence() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(fixture.page("data/recommendations.csv"))).getRecords();
        CSVRecord r3In2024 = rows.stream().filter(r -> r.get("id").equals("R3") && r.get("year").equals("2024"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Accepted in part", "2023-03", "yes", "yes"), List.of(r3In2024.get("response"),
                r3In2024.get("due"), r3In2024.get("priority"), r3In2024.get("overdue")));
        assertEquals(2, rows.stream().filter(r -> r.get("year").equals("2024") && r.get("overdue").equals("yes"))
                .count());

        JsonNode json = new ObjectMapper().readTree(fixture.page("data/tracker.json"));
        JsonNode r3 = json.at("/recommendations/2/history/4");
        assertEquals("R3", json.at("/recommendations/2/id").asText());
        assertEquals("Accepted in part", r3.get("response").asText());
        assertEquals("2023-03", r3.get("due").asText());
        assertTrue(r3.get("priority").asBoolean());
        assertTrue(r3.get("overdue").asBoolean());
        assertEquals("{\"date\":\"2024-03-14\",\"title\":\"Consultation: new gateways\","
                + "\"link\":\"https://example.org/consultation\"}", r3.get("evidence").get(0).toString());
        assertEquals("Accepted in part", json.at("/responses/1/name").asText());
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(fixture.page("data/tracker.schema.json")).validate(json));
    }

    @Test
    void theDraftIsLeftOutOfTheBuildWithANote() {
        assertFalse(fixture.siteFiles().contains("recommendations/r35.html"));
        assertFalse(fixture.page("data/recommendations.csv").contains("R35"));
        assertEquals(List.of("src/tracker/2024/r35.md:8:8: note: `R35` is a draft (`draft: true`): it is left out of"
                + " the published 2024 review, and shown in the preview; remove the line to publish it"),
                report.warnings().stream().map(Object::toString).toList());
        assertTrue(report.warnings().stream().allMatch(p -> p.severity() == Severity.NOTE));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> ids(String page) {
        return matches(page, "<span class=\"rec-id\">([^<]+)</span>");
    }

    private static List<String> matches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
