package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.trackdown.TrackerFixture;
import io.github.trackdown.model.Publication;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The licence, contact, privacy, accessibility and update settings of tracker.yml are read and checked. */
class PublicationSettingsTest {

    @TempDir
    Path project;

    private TrackerFixture trackerWith(String settings) {
        return TrackerFixture.oneReviewOfOneRecommendation(project)
                .file("tracker.yml", "publisher: Office for Statistics Regulation\n" + settings
                        + TrackerFixture.TRACKER_YML);
    }

    private Publication publicationOf(TrackerFixture fixture) throws Exception {
        return fixture.engine().check().tracker().settings().publication();
    }

    @Test
    void theShortOglLicenceMeansTheOpenGovernmentLicenceWithCrownCopyright() throws Exception {
        Publication publication = publicationOf(trackerWith("licence: OGL-UK-3.0\n"));

        assertEquals(new Publication.Licence("Open Government Licence v3.0",
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", "© Crown copyright",
                "OGL-UK-3.0"), publication.licence());
    }

    @Test
    void aPublisherOutsideTheCrownGivesItsOwnCopyrightLineWithTheOgl() throws Exception {
        Publication publication = publicationOf(trackerWith("""
                licence:
                  name: OGL-UK-3.0
                  copyright: © Example Trust
                """));

        assertEquals("© Example Trust", publication.licence().copyright());
        assertEquals("Open Government Licence v3.0", publication.licence().name());
    }

    @Test
    void everySettingIsReadWhenAllAreGiven() throws Exception {
        Publication publication = publicationOf(trackerWith("""
                licence:
                  name: Creative Commons Attribution 4.0
                  url: https://creativecommons.org/licenses/by/4.0/
                  copyright: © Example Trust
                contact: https://example.org/contact
                privacy: https://example.org/privacy
                accessibility:
                  lastChecked: 2024-09-30
                  knownIssues:
                    - The chart on the comparison page has no pattern fill.
                updated: 2024-10-02
                """));

        assertEquals("Creative Commons Attribution 4.0", publication.licence().name());
        assertEquals(new Publication.Contact("", "https://example.org/contact"), publication.contact());
        assertEquals("https://example.org/privacy", publication.privacyUrl());
        assertEquals(new Publication.Accessibility(LocalDate.of(2024, 9, 30),
                List.of("The chart on the comparison page has no pattern fill.")), publication.accessibility());
        assertEquals(LocalDate.of(2024, 10, 2), publication.updated());
    }

    @Test
    void withoutTheSettingsThereIsNoLicenceContactOrStatement() throws Exception {
        Publication publication = publicationOf(TrackerFixture.oneReviewOfOneRecommendation(project));

        assertEquals(Publication.NONE, publication);
        assertNull(publication.licence());
    }

    @Test
    void everyMistakeIsReportedAtItsValueInOneRun() {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project).file("tracker.yml", """
                publisher: Office for Statistics Regulation
                licence: GPL
                contact: write to us
                privacy: /privacy.html
                accessibility:
                  lastChecked: 30/09/2024
                updated: yesterday
                """ + TrackerFixture.TRACKER_YML);

        assertEquals(List.of(
                "src/tracker/tracker.yml:2:10: error: `licence:` is `OGL-UK-3.0` (the Open Government Licence v3.0,"
                        + " © Crown copyright), or a `name:`, `url:` and `copyright:` on lines of their own; not `GPL`",
                "src/tracker/tracker.yml:3:10: error: `contact:` is an e-mail address, such as"
                        + " `regulation@statistics.gov.uk`, or the address of a contact form starting with https://;"
                        + " not `write to us`",
                "src/tracker/tracker.yml:4:10: error: `privacy:` is the address of your privacy notice, starting"
                        + " with https://",
                "src/tracker/tracker.yml:6:16: error: `30/09/2024` is not a date; write the date the site was last"
                        + " checked for accessibility as YYYY-MM-DD, such as 2024-07-18",
                "src/tracker/tracker.yml:7:10: error: `yesterday` is not a date; write the date the content was last"
                        + " changed as YYYY-MM-DD, such as 2024-07-18"), fixture.problems());
    }

    @Test
    void anAccessibilityStatementNeedsAPublisherAndAContact() {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project).file("tracker.yml", """
                accessibility:
                  lastChecked: 2024-09-30
                """ + TrackerFixture.TRACKER_YML);

        assertEquals(List.of(
                "src/tracker/tracker.yml:1:1: error: the accessibility statement names the organisation that runs"
                        + " the site: add `publisher:`, such as `publisher: Office for Statistics Regulation`",
                "src/tracker/tracker.yml:1:1: error: the accessibility statement tells readers how to ask for"
                        + " another format and report a problem: add `contact:`, an e-mail address or the address"
                        + " of a contact form"), fixture.problems());
    }

    @Test
    void aLicenceOfOneOwnNeedsItsAddressAndCopyrightLine() {
        TrackerFixture fixture = trackerWith("""
                licence:
                  name: Creative Commons Attribution 4.0
                """);

        assertEquals(List.of(
                "src/tracker/tracker.yml:3:3: error: `copyright:` is missing; write the copyright line shown with"
                        + " the licence, such as `© Crown copyright` or `© Example Trust`",
                "src/tracker/tracker.yml:3:3: error: `url:` is missing; give the address of the licence's text,"
                        + " starting with https://"), fixture.problems());
    }
}
