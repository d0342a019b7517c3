package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.trackdown.internal.compare.Comparisons;
import io.github.trackdown.internal.compare.TransitionTable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views across review years, on the five-year tracker of {@link ManyYearTracker}. */
class ComparisonViewsTest {

    @TempDir
    static Path project;

    static TrackerFixture fixture;
    static BuildReport report;

    @BeforeAll
    static void buildTheFiveYearTracker() throws Exception {
        fixture = new TrackerFixture(project);
        ManyYearTracker.write(fixture.content());
        report = fixture.build();
    }

    @Test
    void theMatrixMarksEachChangeInWordsAndSymbols() {
        Map<String, String> r3 = cellsOf("R3");
        assertEquals("Not yet assessed + New in this review", r3.get("2020"));
        assertEquals("Some progress ● Assessed for the first time since 2020", r3.get("2021"));
        assertEquals("Not met ▼ Worsened since 2021 Overdue", r3.get("2022"));
        assertEquals("Not met = Unchanged since 2022 Overdue", r3.get("2023"));
        assertEquals("Some progress ▲ Improved since 2023 Overdue", r3.get("2024"));

        Map<String, String> r5 = cellsOf("R5");
        assertEquals("Closed ■ Closed since 2020", r5.get("2021"));
        assertEquals("No longer followed up", r5.get("2022"));
        assertEquals("Not in this review", cellsOf("R31").get("2023"));
    }

    @Test
    void theMatrixGroupsRecommendationsByThemeAndCarriesWhatTheFiltersNeed() {
        String home = fixture.page("index.html");
        for (String theme : List.of("People", "Processes", "Infrastructure", "Funding")) {
            assertTrue(home.contains("<th scope=\"rowgroup\" colspan=\"6\">" + theme + "</th>"), theme);
        }
        assertTrue(home.contains("<tr data-order=\"22\" data-theme=\"processes\" data-owners=\"central-digital-and-data-office\""
                + " data-status=\"not-met\" data-changed=\"yes\" data-field-response=\"\" data-field-priority=\"no\""
                + " data-field-overdue=\"no\">"), "R22 worsened in 2024");
        assertTrue(home.contains("<form class=\"matrix-filters\" data-matrix=\"matrix\" data-showing=\"{total, plural,"
                + " one {Showing {shown} of # recommendation.} other {Showing {shown} of # recommendations.}}\""
                + " data-sort-label=\"Sort by\" hidden>"),
                "the filters appear only when the script runs, with their words in the page's language");
    }

    @Test
    void theTransitionsFrom2023To2024CountEachMoveOnce() {
        TransitionTable table = Comparisons.transitions(report.tracker(), 2023, 2024);

        assertEquals(5, table.count("Some progress", "Good progress"));
        assertEquals(7, table.count("Some progress", "Some progress"));
        assertEquals(1, table.count("Some progress", "Not met"));
        assertEquals(3, table.count("Not met", "Some progress"));
        assertEquals(1, table.count("Not met", "Closed"));
        assertEquals(4, table.count("Good progress", "Good progress"));
        assertEquals(1, table.count("Closed", null));
        assertEquals(2, table.count("Not yet assessed", "Not met"));
        assertEquals(3, table.count("Not yet assessed", "Some progress"));
        assertEquals(1, table.count("Not yet assessed", "Good progress"));
        assertEquals(4, table.count(null, "Not yet assessed"));
        assertEquals(32, table.total(), "31 in 2024, and R14 closed in 2023");
    }

    @Test
    void theComparePageLinksEachTransitionCellToItsRecommendations() {
        String compare = fixture.page("compare.html");
        assertTrue(compare.contains("Recommendations by status in 2023 (rows) and 2024 (columns). 32 recommendations in all."));
        assertTrue(compare.contains("<details><summary>1</summary><ul><li><a href=\"recommendations/r22.html\">R22</a>"
                + " Transparency about data use</li></ul></details>"), "Some progress to Not met: R22");
        assertEquals(10, Pattern.compile("<li><a href=\"compare/\\d{4}-\\d{4}.html\">").matcher(compare).results().count(),
                "a link for each pair of the five reviews");
    }

    @Test
    void aPairPageListsWhatImprovedWorsenedWasRewordedDroppedAndAdded() {
        String pair = SiteBuildTest.text(fixture.page("compare/2023-2024.html"));

        assertTrue(pair.contains("Worsened (1) A worse status in 2024 than in 2023. R22 Transparency about data use:"
                + " Some progress → to Not met"), pair);
        assertTrue(pair.contains("Reworded (1)"), pair);
        assertTrue(pair.contains("No longer followed up (1) In the 2023 review but not in the 2024 review. R14 Shared costs"
                + " of linkage: Closed → to not in 2024"), pair);
        assertTrue(pair.contains("Added (4)"), pair);
    }

    @Test
    void aRevisedRecommendationShowsItsWordingChangesWordByWord() {
        String page = fixture.page("recommendations/r2.html");
        String section2022 = page.substring(page.indexOf("id=\"review-2022\""), page.indexOf("id=\"review-2021\""));

        assertTrue(section2022.contains("<h4>Changes to the wording since 2021</h4>"), section2022);
        assertTrue(section2022.contains("<ins><span class=\"visually-hidden\">[added: </span>standard "
                + "<span class=\"visually-hidden\">]</span></ins>data sharing agreements"), section2022);
        assertTrue(section2022.contains("The review revised this recommendation to make its aim measurable."));
        assertFalse(section2022.contains("<del><span class=\"visually-hidden\">"), "nothing was removed");
        String section2023 = page.substring(page.indexOf("id=\"review-2023\""), page.indexOf("id=\"review-2022\""));
        assertTrue(section2023.contains("Wording unchanged since 2022."), section2023);
        String section2020 = page.substring(page.indexOf("id=\"review-2020\""));
        assertFalse(section2020.contains("since"), "the first review has nothing to compare with: " + section2020);
    }

    @Test
    void eachWordingIsShownOnceInTheNewestReviewAndInTheReviewBeforeEachChange() {
        String page = fixture.page("recommendations/r2.html");
        List<Integer> shown = new java.util.ArrayList<>();
        for (int year = 2024; year >= 2020; year--) {
            int start = page.indexOf("id=\"review-" + year + "\"");
            int end = page.indexOf("</section>", start);
            if (page.substring(start, end).contains("class=\"prose wording\"")) {
                shown.add(year);
            }
        }

        assertEquals(List.of(2024, 2021), shown, "R2 was reworded in 2022 only");
    }

    @Test
    void theCsvHasOneRowPerRecommendationPerReview() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(fixture.page("data/recommendations.csv"))).getRecords();

        assertEquals(112, rows.size());
        Map<String, Integer> perYear = new TreeMap<>();
        rows.forEach(row -> perYear.merge(row.get("year"), 1, Integer::sum));
        assertEquals(Map.of("2020", 12, "2021", 18, "2022", 23, "2023", 28, "2024", 31), perYear);
        CSVRecord r3In2022 = rows.stream().filter(r -> r.get("id").equals("R3") && r.get("year").equals("2022"))
                .findFirst().orElseThrow();
        assertEquals("Not met", r3In2022.get("status"));
        assertEquals("Clear legal gateways", r3In2022.get("title"));
        assertEquals("recommendations/r3.html#review-2022", r3In2022.get("url"));
        assertEquals(List.of("id", "year", "published", "review_title", "title", "theme", "owners", "status",
                "outcome", "wording", "comment", "url", "response", "due", "priority", "overdue"),
                List.copyOf(rows.get(0).toMap().keySet()));
    }

    @Test
    void theJsonValidatesAgainstThePublishedSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(fixture.page("data/tracker.json"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(fixture.page("data/tracker.schema.json"));

        Set<ValidationMessage> errors = schema.validate(json);
        assertEquals(Set.of(), errors);
        assertEquals(34, json.get("recommendations").size());
        assertEquals("Standard data sharing agreements",
                json.get("recommendations").get(1).get("history").get(4).get("title").asText());
    }

    @Test
    void theSchemaRejectsJsonThatBreaksIt() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"title\": \"x\", \"recommendations\": [{\"id\": \"../x\"}]}");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(fixture.page("data/tracker.schema.json"));

        assertFalse(schema.validate(broken).isEmpty());
    }

    @Test
    void theFeedHasOneEntryPerReviewAndEvidenceItemNewestFirstAndNoSitemapWithoutAnAddress() {
        String feed = fixture.page("feed.xml");
        assertEquals(5 + 3, feed.split("<entry>", -1).length - 1, "five reviews, R3's three evidence items");
        assertTrue(feed.indexOf("<title>2024 review") < feed.indexOf("<title>2023 review"));
        assertFalse(Files.exists(fixture.site().resolve("sitemap.xml")));
    }

    @Test
    void withTheSiteAddressTheSitemapAndDataUseAbsoluteAddresses() throws Exception {
        Path site = project.resolve("with-address");
        Trackdown.builder().contentDirectory(fixture.content()).outputDirectory(site)
                .siteUrl("https://org.github.io/tracker").build().build();

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://org.github.io/tracker/index.html</loc>"));
        assertTrue(sitemap.contains("<loc>https://org.github.io/tracker/recommendations/r34.html</loc>"));
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(site.resolve("data/recommendations.csv"))
                .contains("https://org.github.io/tracker/recommendations/r1.html#review-2020"));
        assertFalse(Files.readString(site.resolve("index.html")).contains("https://org.github.io"),
                "pages still link relatively");
    }

    @Test
    void theOwnerPagesListTheirRecommendationsAndTheSearchPageListsEveryRecommendation() {
        String owners = fixture.page("owners.html");
        for (String owner : List.of("Cabinet Office", "Central Digital and Data Office", "HM Treasury",
                "Office for National Statistics", "UK Statistics Authority")) {
            assertTrue(owners.contains(">" + owner + "</a>"), owner);
        }
        String search = fixture.page("search.html");
        assertEquals(34, Pattern.compile("<li data-id=\"R\\d+\">").matcher(search).results().count());
        assertTrue(fixture.page("assets/search-index.js").startsWith("window.trackdownSearchIndex = [{\"id\":\"R1\""));
    }

    @Test
    void theSearchIndexFindsTheSameRecommendationsAsTheirWholeTextWould() throws Exception {
        Map<String, String> indexed = new java.util.HashMap<>();
        String script = fixture.page("assets/search-index.js");
        String array = script.substring(script.indexOf('['), script.lastIndexOf(']') + 1);
        try (com.fasterxml.jackson.core.JsonParser json = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(array)) {
            String id = null;
            for (var token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    if ("id".equals(json.currentName())) {
                        id = json.getText();
                    } else {
                        indexed.put(id, json.getText());
                    }
                }
            }
        }
        Map<String, String> wholeText = new java.util.HashMap<>();
        for (var recommendation : report.tracker().recommendations()) {
            StringBuilder text = new StringBuilder(recommendation.id());
            recommendation.history().forEach(a -> text.append(' ').append(a.title()).append(' ')
                    .append(a.wording().source()).append(' ').append(a.comment().source()));
            wholeText.put(recommendation.id(), text.toString().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(wholeText.keySet(), indexed.keySet());
        java.util.Random random = new java.util.Random(5);
        List<String> ids = List.copyOf(new java.util.TreeSet<>(wholeText.keySet()));
        for (int n = 0; n < 2_000; n++) {
            String text = wholeText.get(ids.get(random.nextInt(ids.size())));
            int start = random.nextInt(text.length());
            String typed = text.substring(start, Math.min(text.length(), start + 1 + random.nextInt(8)))
                    .strip().split("\\s+")[0];
            if (typed.isEmpty()) {
                continue;
            }
            Set<String> byText = new java.util.TreeSet<>();
            Set<String> byIndex = new java.util.TreeSet<>();
            wholeText.forEach((id, whole) -> {
                if (whole.contains(typed)) {
                    byText.add(id);
                }
                if (indexed.get(id).contains(typed)) {
                    byIndex.add(id);
                }
            });
            assertEquals(byText, byIndex, typed);
        }
        assertTrue(script.length() < wholeText.values().stream().mapToInt(String::length).sum() / 2,
                "each word once makes the index less than half the text");
    }

    @Test
    void everyPageSaysWhichReviewItReflects() {
        for (Path page : SiteLinks.htmlPages(fixture.site())) {
            assertTrue(fixture.page(fixture.site().relativize(page).toString())
                    .contains("As of the 2024 review, published 1 July 2024."), page.toString());
        }
        assertEquals(List.of(), SiteLinks.broken(fixture.site()));
    }

    /** The visible text of each year's cell in a recommendation's matrix row on the home page. */
    static Map<String, String> cellsOf(String id) {
        String home = fixture.page("index.html");
        Matcher row = Pattern.compile("<tr data-order=\"\\d+\"[^>]*>\\s*<th scope=\"row\"><a href=\"recommendations/"
                + id.toLowerCase() + ".html\">(.*?)</tr>", Pattern.DOTALL).matcher(home);
        assertTrue(row.find(), id);
        Matcher cells = Pattern.compile("<td class=\"matrix-cell\" data-label=\"\\d+\">(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        Map<String, String> byYear = new TreeMap<>();
        for (int year : ManyYearTracker.YEARS) {
            assertTrue(cells.find());
            byYear.put(String.valueOf(year), SiteBuildTest.text(cells.group(1)));
        }
        return byYear;
    }
}
