package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fields a tracker declares in tracker.yml only: checked, shown, filtered, exported and carried forward. */
class DeclaredFieldsTest {

    static final String FIELDS = """
            fields:
              - name: agreed
                label: Date agreed
                label_cy: Dyddiad cytuno
                type: date
              - name: impact
                label: Expected impact
                type: choice
                values: [High, {name: Medium, meaning: Some effect}, Low]
            """;

    @TempDir
    java.nio.file.Path project;

    TrackerFixture fixture;

    @BeforeEach
    void aTrackerThatDeclaresADateAndAChoice() {
        fixture = new TrackerFixture(project).file("tracker.yml", TrackerFixture.TRACKER_YML + FIELDS)
                .review(2024)
                .file("2024/r1.md", recommendation("R1", "agreed: 2024-03\nimpact: high\n"))
                .file("2024/r2.md", recommendation("R2", "agreed: 2024-05-14\nimpact: Low\n"))
                .file("2024/r3.md", recommendation("R3", ""));
    }

    static String recommendation(String id, String fields) {
        return """
                ---
                id: %s
                title: Title of %s
                theme: People
                status: Some progress
                outcome: Retained
                owners: Cabinet Office
                %s---
                Government should do %s.
                """.formatted(id, id, fields, id);
    }

    @Test
    void theValuesAppearOnTheRecommendationPagesInTheirSummaryAndHistory() throws Exception {
        fixture.build();

        String r1 = fixture.page("recommendations/r1.html");
        assertTrue(r1.contains("<div class=\"field-agreed\"><dt>Date agreed</dt><dd>March 2024</dd></div>"), r1);
        assertTrue(r1.contains("<div class=\"field-impact\"><dt>Expected impact</dt><dd>High</dd></div>"), r1);
        assertEquals(2, r1.split("<dd>March 2024</dd>", -1).length - 1, "in the summary and in the 2024 entry");
        assertTrue(fixture.page("recommendations/r2.html").contains("<dd>14 May 2024</dd>"));
        assertTrue(!fixture.page("recommendations/r3.html").contains("field-agreed"), "a value not given is not shown");
    }

    @Test
    void theHomeMatrixOffersTheChoiceAsAFilterAndItsRowsCarryTheValues() throws Exception {
        fixture.build();

        String home = fixture.page("index.html");
        assertTrue(home.contains("<select id=\"matrix-field-impact\" data-filter=\"field-impact\"><option value=\"\">Any"
                + "</option><option value=\"High\">High</option><option value=\"Medium\">Medium</option>"
                + "<option value=\"Low\">Low</option></select>"), home.substring(home.indexOf("<form")));
        assertTrue(home.contains("data-field-impact=\"High\">"), home);
        assertTrue(home.contains("data-field-impact=\"\">"), "R3 gives none");
    }

    @Test
    void theHomeMatrixCanBeSortedByTheDate() throws Exception {
        fixture.build();

        String home = fixture.page("index.html");
        assertTrue(home.contains("<th scope=\"col\" data-sort=\"year\">2024</th><th scope=\"col\" data-sort=\"value\">"
                + "Date agreed</th></tr>"), home);
        assertTrue(home.contains("<td class=\"matrix-value\" data-value=\"2024-05-14\">14 May 2024</td>\n</tr>"), home);
        assertTrue(home.contains("<th scope=\"rowgroup\" colspan=\"3\">People</th>"), home);
    }

    @Test
    void theCsvHasAColumnForEachAndTheJsonAPropertyThatItsSchemaValidates() throws Exception {
        fixture.build();

        List<String> csv = fixture.page("data/recommendations.csv").lines().toList();
        assertEquals("id,year,published,review_title,title,theme,owners,status,outcome,wording,comment,url,response,"
                + "due,priority,overdue,agreed,impact", csv.get(0));
        assertTrue(csv.get(1).startsWith("R1,2024,2024-07-01,Review of 2024,Title of R1,People,Cabinet Office,"
                + "Some progress,Retained,"), csv.get(1));
        assertTrue(csv.get(1).endsWith(",recommendations/r1.html#review-2024,,,no,no,2024-03,High"), csv.get(1));
        assertTrue(csv.get(3).endsWith(",,"), csv.get(3));
        JsonNode json = new ObjectMapper().readTree(fixture.page("data/tracker.json"));
        JsonNode r2 = json.get("recommendations").get(1).get("history").get(0);
        assertEquals("2024-05-14", r2.get("agreed").asText());
        assertEquals("Low", r2.get("impact").asText());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(fixture.page("data/tracker.schema.json"));
        assertEquals(Set.of(), schema.validate(json));
        ((com.fasterxml.jackson.databind.node.ObjectNode) r2).put("impact", "Huge");
        assertEquals(1, schema.validate(json).size(), "a value the field does not allow breaks the schema");
        assertTrue(fixture.page("data.html").contains("<code>impact</code>"), fixture.page("data.html"));
    }

    @Test
    void aMisspeltChoiceFailsWithItsFileLineAndTheValueMeant() {
        fixture.file("2024/r2.md", recommendation("R2", "agreed: 2024-13\nimpact: Lwo\n"));

        assertEquals(List.of(
                "src/tracker/2024/r2.md:8:9: error: `2024-13` is not a date as YYYY-MM-DD, or a month as YYYY-MM,"
                        + " such as 2025-03; `agreed:` takes a date as YYYY-MM-DD, or a month as YYYY-MM, such as"
                        + " 2025-03",
                "src/tracker/2024/r2.md:9:9: error: `Lwo` is not a value of `impact:`; did you mean `Low`?"
                        + " (allowed: High, Medium, Low)"), fixture.problems());
    }

    @Test
    void aMisspeltKeyIsReportedWithTheDeclaredKeyMeant() {
        fixture.file("2024/r2.md", recommendation("R2", "impcat: Low\n"));

        assertEquals(List.of("src/tracker/2024/r2.md:8:1: error: unknown key `impcat`; did you mean `impact`?"
                + " (allowed here: id, title, theme, status, outcome, owners, response, due, priority, evidence, draft,"
                + " agreed, impact)"), fixture.problems());
    }

    @Test
    void newReviewCarriesBothValuesForward() throws Exception {
        fixture.engine().newReview(2025);

        String r1 = Files.readString(fixture.content().resolve("2025/r1.md"));
        assertTrue(r1.contains("\nagreed: 2024-03\nimpact: High\n---\n"), r1);
        BuildReport built = fixture.build();
        assertEquals("High", built.tracker().latestReview().assessments().get(0).fields().get(1).text());
    }

    @Test
    void aFieldThatOptsOutOfCarryingIsLeftAsAHintForEditors() throws Exception {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + FIELDS.replace("    type: date\n",
                "    type: date\n    carry: false\n"));

        fixture.engine().newReview(2025);

        String r1 = Files.readString(fixture.content().resolve("2025/r1.md"));
        assertTrue(r1.contains("\n# agreed: Date agreed (date, optional)\nimpact: High\n"), r1);
    }

    @Test
    void aWelshTrackerShowsTheWelshLabel() throws Exception {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + "language: cy\n" + FIELDS);

        fixture.build();

        assertTrue(fixture.page("recommendations/r1.html").contains("<dt>Dyddiad cytuno</dt><dd>Mawrth 2024</dd>"),
                fixture.page("recommendations/r1.html"));
    }

    @Test
    void aWrongDeclarationIsReportedWithItsLine() {
        fixture.file("2024/r1.md", recommendation("R1", "")).file("2024/r2.md", recommendation("R2", ""));
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                fields:
                  - name: Impact
                    label: Impact
                    type: chioce
                """);

        assertEquals(List.of(
                "src/tracker/tracker.yml:32:11: error: a field's `name:` is its front-matter key: lower-case letters,"
                        + " digits and `-`, such as `agreed` or `lead-official`; not `Impact`",
                "src/tracker/tracker.yml:34:11: error: `chioce` is not a field type; did you mean `choice`? (allowed:"
                        + " text, markdown, choice, date, number, yes-no, list, link)"), fixture.problems());
    }

    @Test
    void everyTypeIsShownExportedAndValidatedByTheSchema() throws Exception {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                fields:
                  - name: lead
                    label: Lead official
                    type: text
                    required: true
                  - name: notes
                    label: Notes
                    type: markdown
                  - name: cost
                    label: Cost (£m)
                    type: number
                  - name: statutory
                    label: Statutory
                    type: yes-no
                  - name: bodies
                    label: UN bodies
                    type: list
                  - name: page
                    label: Published at
                    type: link
                """)
                .file("2024/r1.md", recommendation("R1", """
                        lead: Chief Statistician
                        notes: See **the plan** and [R2](r2.md).
                        cost: 12.5
                        statutory: true
                        bodies: [UNICEF, WHO]
                        page: https://example.org/plan
                        """))
                .file("2024/r2.md", recommendation("R2", "lead: Head of Data\nbodies: WHO\n"))
                .file("2024/r3.md", recommendation("R3", "lead: Head of Data\n"));

        fixture.build();

        String r1 = fixture.page("recommendations/r1.html");
        assertTrue(r1.contains("<dt>Lead official</dt><dd>Chief Statistician</dd>"), r1);
        assertTrue(r1.contains("<dt>Notes</dt><dd><div class=\"prose\"><p>See <strong>the plan</strong> and"
                + " <a rel=\"nofollow\" href=\"../recommendations/r2.html#review-2024\">R2</a>.</p>\n</div></dd>"), r1);
        assertTrue(r1.contains("<dt>Cost (£m)</dt><dd>12.5</dd>"), r1);
        assertTrue(r1.contains("<dt>Statutory</dt><dd>Yes</dd>"), r1);
        assertTrue(r1.contains("<dt>UN bodies</dt><dd>UNICEF; WHO</dd>"), r1);
        assertTrue(r1.contains("<dt>Published at</dt><dd><a href=\"https://example.org/plan\">"
                + "https://example.org/plan</a></dd>"), r1);
        String home = fixture.page("index.html");
        assertTrue(home.contains("data-filter=\"field-bodies\" data-match=\"any\"><option value=\"\">Any</option>"
                + "<option value=\"UNICEF\">UNICEF</option><option value=\"WHO\">WHO</option></select>"), home);
        assertTrue(home.contains("data-field-statutory=\"yes\" data-field-bodies=\"UNICEF|WHO\">"), home);
        assertTrue(home.contains("<th scope=\"col\" data-sort=\"value\">Cost (£m)</th>"), home);
        JsonNode json = new ObjectMapper().readTree(fixture.page("data/tracker.json"));
        JsonNode entry = json.get("recommendations").get(0).get("history").get(0);
        assertEquals(12.5, entry.get("cost").asDouble());
        assertTrue(entry.get("statutory").isBoolean() && entry.get("statutory").asBoolean());
        assertEquals("WHO", entry.get("bodies").get(1).asText());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(fixture.page("data/tracker.schema.json"));
        assertEquals(Set.of(), schema.validate(json));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("recommendations").get(2).get("history").get(0))
                .remove("lead");
        assertEquals(1, schema.validate(json).size(), "a required field is required by the schema too");
    }

    @Test
    void aRequiredFieldLeftOutAndValuesOfTheWrongTypeAreReportedAtOnce() {
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML + """
                fields:
                  - name: lead
                    label: Lead official
                    type: text
                    required: true
                  - name: cost
                    label: Cost
                    type: number
                  - name: statutory
                    label: Statutory
                    type: yes-no
                """)
                .file("2024/r1.md", recommendation("R1", "cost: twelve\nstatutory: maybe\n"))
                .file("2024/r2.md", recommendation("R2", "lead: A\n"))
                .file("2024/r3.md", recommendation("R3", "lead: B\n"));

        assertEquals(List.of(
                "src/tracker/2024/r1.md:2:1: error: `lead:` is missing; give the Lead official (a text)",
                "src/tracker/2024/r1.md:8:7: error: `twelve` is not a number, such as 12 or 3.5; `cost:` takes a"
                        + " number, such as 12 or 3.5",
                "src/tracker/2024/r1.md:9:12: error: `maybe` is not yes or no; `statutory:` takes yes or no"),
                fixture.problems());
    }
}
