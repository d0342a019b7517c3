package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OSR tracker's site, built as published, says what a UK public body's site must on every page, and its data
 * files carry the licence.
 */
class PublishableSiteTest {

    private static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    @TempDir
    Path output;

    private Path buildOsrSite() throws Exception {
        Path site = output.resolve("site");
        Trackdown.builder().contentDirectory(OsrTrackerTest.CONTENT).outputDirectory(site)
                .siteUrl("https://example.github.io/tracker/").build().build();
        return site;
    }

    @Test
    void everyPageLinksTheAccessibilityStatementNamesTheLicenceAndSaysWhenTheContentWasLastUpdated()
            throws Exception {
        Path site = buildOsrSite();
        List<Path> pages = SiteLinks.htmlPages(site);
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            String html = Files.readString(page);
            String name = site.relativize(page).toString();
            String root = name.equals("404.html") ? "https://example.github.io/tracker/"
                    : name.contains("/") ? "../" : "";
            if (!html.contains("<a href=\"" + root + "accessibility.html\">Accessibility statement</a>")) {
                missing.add(name + ": no link to the accessibility statement");
            }
            if (!html.contains("<a rel=\"license\" href=\"" + OGL + "\">Open Government Licence v3.0</a>")
                    || !html.contains("© Crown copyright")) {
                missing.add(name + ": no licence");
            }
            // The newest OSR review gives only its month of publication, so the footer names no day.
            if (!html.contains("Last updated: <time datetime=\"2024-07\">July 2024</time>.")) {
                missing.add(name + ": no date of last update from the newest review");
            }
        }
        assertTrue(pages.size() > 30, pages.size() + " pages");
        assertEquals(List.of(), missing);
    }

    @Test
    void theStatementHasTheEnforcementProcedureAndOsrsContact() throws Exception {
        String statement = Files.readString(buildOsrSite().resolve("accessibility.html"));

        assertTrue(statement.contains("<h2>Enforcement procedure</h2>"), statement);
        assertTrue(statement.contains("Equality Advisory and Support Service (EASS)"), statement);
        assertTrue(statement.contains("Equality Commission for Northern Ireland"), statement);
        assertTrue(statement.contains("This website is run by Office for Statistics Regulation."), statement);
        assertTrue(statement.contains("href=\"mailto:regulation@statistics.gov.uk\""), statement);
    }

    @Test
    void eachRecommendationPageOffersFeedbackLinksNamingItAndItsReview() throws Exception {
        String page = Files.readString(buildOsrSite().resolve("recommendations/r7.html"));

        Matcher report = Pattern.compile("<a href=\"(mailto:[^\"]+)\">Report a problem with this page</a>")
                .matcher(page);
        assertTrue(report.find(), page);
        String href = report.group(1).replace("&#61;", "=").replace("&amp;", "&");
        assertTrue(href.startsWith("mailto:regulation@statistics.gov.uk?subject=Problem%20with%20R7%20"
                + "%282024%20review%29%3A%20Collaboration%20and%20resolution"), href);
        assertTrue(page.contains(">Suggest an update</a>"), page);
    }

    @Test
    void everyDataFileCarriesTheLicenceAndTheDataPageDescribesTheDataset() throws Exception {
        Path site = buildOsrSite();
        ObjectMapper json = new ObjectMapper();

        assertEquals(OGL, json.readTree(site.resolve("data/tracker.json").toFile()).get("licence").get("url")
                .asText());
        assertEquals(OGL, json.readTree(site.resolve("data/recommendations.csv-metadata.json").toFile())
                .get("dc:license").get("@id").asText());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<rights>© Crown copyright."));
        assertTrue(Files.size(site.resolve("data/recommendations.ods")) > 0);
        String data = Files.readString(site.resolve("data.html"));
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>").matcher(data);
        assertTrue(script.find(), data);
        JsonNode dataset = json.readTree(script.group(1));
        assertEquals("Dataset", dataset.get("@type").asText());
        assertEquals(OGL, dataset.get("license").asText());
        assertEquals("2024-07-01", dataset.get("dateModified").asText());
        assertEquals("https://example.github.io/tracker/data/recommendations.ods",
                dataset.get("distribution").get(2).get("contentUrl").asText());
    }

    @Test
    void theJsonHasNoLineBreakInsideASentence() throws Exception {
        JsonNode tracker = new ObjectMapper().readTree(buildOsrSite().resolve("data/tracker.json").toFile());

        List<String> broken = new ArrayList<>();
        for (JsonNode recommendation : tracker.get("recommendations")) {
            for (JsonNode entry : recommendation.get("history")) {
                for (String field : List.of("wording", "comment")) {
                    for (String line : entry.get(field).asText().split("\n")) {
                        // A line of prose that ends without a full stop, colon or semicolon (before any closing
                        // emphasis, as in "*This is our short summary.*") was broken mid-sentence.
                        if (!line.isBlank() && !line.startsWith("-") && !line.startsWith("|")
                                && !line.matches("(?s).*[.:;!?)\"”’][*_]*\\s*$")) {
                            broken.add(recommendation.get("id").asText() + " " + field + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertFalse(tracker.get("recommendations").isEmpty());
    }
}
