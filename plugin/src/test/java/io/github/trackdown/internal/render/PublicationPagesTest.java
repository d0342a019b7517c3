package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import io.github.trackdown.model.Tracker;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accessibility statement, the footer and the feedback links say what a UK public body's site must. */
class PublicationPagesTest {

    static final String SETTINGS = """
            publisher: Office for Statistics Regulation
            licence: OGL-UK-3.0
            contact: regulation@statistics.gov.uk
            privacy: https://example.org/privacy
            accessibility:
              lastChecked: 2024-09-30
              knownIssues:
                - The bar chart's colours are not described in words.
            updated: 2024-10-02
            """;

    @TempDir
    Path project;

    final Templates templates = new Templates();

    private Tracker tracker(String settings) throws Exception {
        return TrackerFixture.oneReviewOfOneRecommendation(project)
                .file("tracker.yml", settings + TrackerFixture.TRACKER_YML).engine().check().tracker();
    }

    private String statement(String language, String settings) throws Exception {
        Tracker tracker = tracker(settings);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
        Views.Page page = new Views.Page(language, "Accessibility statement", "Test tracker", "", List.of(),
                "As of now.", "", "", Messages.forLanguage(language).templateFunction(), List.of(), "",
                PublicationViews.footer(tracker, "", dates), "", "", null);
        return templates.render("accessibility", page, PublicationViews.statement(tracker.settings(), dates));
    }

    @Test
    void theStatementNamesTheEnforcementBodiesForGreatBritainAndNorthernIreland() throws Exception {
        String html = statement("en", SETTINGS);

        assertTrue(html.contains("<h2>Enforcement procedure</h2>"), html);
        assertTrue(html.contains("<a href=\"https://www.equalityhumanrights.com/\">Equality and Human Rights"
                + " Commission (EHRC)</a> is responsible for enforcing the Public Sector Bodies (Websites and Mobile"
                + " Applications) (No. 2) Accessibility Regulations 2018"), html);
        assertTrue(html.contains("Equality Advisory and Support Service (EASS)</a>"), html);
        assertTrue(html.contains("If you are in Northern Ireland"), html);
        assertTrue(html.contains("Equality Commission for Northern Ireland</a>"), html);
    }

    @Test
    void theStatementGivesTheOrganisationContactComplianceKnownIssuesAndTestingFacts() throws Exception {
        String html = statement("en", SETTINGS);

        assertTrue(html.contains("This website is run by Office for Statistics Regulation."), html);
        assertTrue(html.contains("<a href=\"mailto:regulation@statistics.gov.uk\">regulation@statistics.gov.uk</a>"),
                html);
        assertTrue(html.contains("partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"),
                html);
        assertTrue(html.contains("<li>The bar chart&#39;s colours are not described in words.</li>"), html);
        assertTrue(html.contains("axe-core rules"), html);
        assertTrue(html.contains("Nu Html Checker</a>, for valid HTML"), html);
        assertTrue(html.contains("the keyboard alone"), html);
        assertTrue(html.contains("This website was last tested for accessibility on 30 September 2024."), html);
    }

    @Test
    void withoutKnownIssuesTheStatementSaysTheSiteIsFullyCompliant() throws Exception {
        String html = statement("en", SETTINGS.replace("""
                  knownIssues:
                    - The bar chart's colours are not described in words.
                """, ""));

        assertTrue(html.contains("This website is fully compliant with the Web Content Accessibility Guidelines"
                + " version 2.2 AA standard."), html);
        assertFalse(html.contains("Non-accessible content"), html);
    }

    @Test
    void theWelshStatementHasTheWelshEnforcementProcedure() throws Exception {
        String html = statement("cy", SETTINGS);

        assertTrue(html.contains("<h2>Gweithdrefn orfodi</h2>"), html);
        assertTrue(html.contains("Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)</a>"), html);
        assertTrue(html.contains("Chomisiwn Cydraddoldeb Gogledd Iwerddon</a>"), html);
        assertTrue(html.contains("30 Medi 2024"), html);
    }

    @Test
    void theFooterLinksTheStatementNamesTheLicenceAndGivesTheLastUpdateFromTheContent() throws Exception {
        Tracker tracker = tracker(SETTINGS);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        Views.Page page = new Views.Page("en", "Title", "Test tracker", "../", List.of(), "As of now.", "", "",
                Messages.forLanguage("en").templateFunction(), List.of(), "", PublicationViews.footer(tracker, "../",
                dates), "", "", null);

        String footer = templates.render("footer", page);

        assertTrue(footer.contains("<a href=\"../accessibility.html\">Accessibility statement</a>"), footer);
        assertTrue(footer.contains("<a rel=\"license\" href=\"https://www.nationalarchives.gov.uk/doc/"
                + "open-government-licence/version/3/\">Open Government Licence v3.0</a>"), footer);
        assertTrue(footer.contains("© Crown copyright"), footer);
        assertTrue(footer.contains("Last updated: <time datetime=\"2024-10-02\">2 October 2024</time>."), footer);
        assertTrue(footer.contains("<a href=\"https://example.org/privacy\">Privacy notice</a>"), footer);
    }

    @Test
    void theLastUpdateIsTheNewestReviewWhenUpdatedIsOlderOrMissing() throws Exception {
        Tracker tracker = tracker("updated: 2020-01-01\n");

        assertEquals("2024-07-01", tracker.settings().publication().lastUpdated(tracker).toString());
    }

    @Test
    void theFeedbackLinksPrefillASubjectNamingTheRecommendationAndReview() throws Exception {
        Tracker tracker = tracker(SETTINGS);

        PublicationViews.Feedback feedback = PublicationViews.feedback(tracker.settings(),
                tracker.recommendations().get(0).latest(), Messages.forLanguage("en"));

        assertEquals("mailto:regulation@statistics.gov.uk?subject=Problem%20with%20R1%20%282024%20review%29"
                + "%3A%20Career%20frameworks", feedback.reportHref());
        assertEquals("mailto:regulation@statistics.gov.uk?subject=Suggested%20update%20to%20R1%20%282024%20review"
                + "%29%3A%20Career%20frameworks", feedback.suggestHref());
    }

    @Test
    void aContactFormGetsTheSubjectAsAQueryParameter() throws Exception {
        Tracker tracker = tracker(SETTINGS.replace("contact: regulation@statistics.gov.uk",
                "contact: https://example.org/contact?topic=tracker"));

        PublicationViews.Feedback feedback = PublicationViews.feedback(tracker.settings(),
                tracker.recommendations().get(0).latest(), Messages.forLanguage("en"));

        assertTrue(feedback.reportHref().startsWith("https://example.org/contact?topic=tracker&subject=Problem%20"),
                feedback.reportHref());
    }
}
