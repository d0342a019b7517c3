package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.SiteLinks;
import io.github.trackdown.TrackerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tracker written in Welsh gets a Welsh interface: no English word of the bundle is left on any page. */
class WelshTrackerTest {

    @TempDir
    static Path project;

    static TrackerFixture fixture;

    @BeforeAll
    static void buildAWelshTracker() throws Exception {
        fixture = new TrackerFixture(project).file("tracker.yml", """
                title: Traciwr rhannu data
                description: Argymhellion am rannu a chysylltu data ar gyfer ymchwil ac ystadegau.
                publisher: Swyddfa'r Rheoleiddiwr
                language: cy
                statuses:
                  - name: Heb ei asesu eto
                    meaning: Wedi'i wneud yn yr adolygiad hwn.
                    kind: unassessed
                  - name: Heb ei gyflawni
                    meaning: Dim cynnydd sylweddol.
                  - name: Peth cynnydd
                    meaning: Rhai camau wedi'u cymryd.
                  - name: Cynnydd da
                    meaning: Cynnydd clir.
                  - name: Wedi cau
                    meaning: Nid yw'n cael ei ddilyn mwyach.
                    kind: closed
                outcomes:
                  - name: Newydd
                    meaning: Wedi'i wneud yn yr adolygiad hwn.
                  - name: Wedi'i gadw
                    meaning: Heb newid.
                  - name: Wedi'i ddiwygio
                    meaning: Geiriad newydd.
                  - name: Wedi'i ddileu
                    meaning: Ni chaiff ei ddilyn eto.
                    kind: removed
                themes:
                  - name: Pobl
                    description: Sgiliau ac arweinyddiaeth.
                  - name: Prosesau
                    description: Sut y rhennir data.
                """);
        for (int year : List.of(2023, 2024)) {
            fixture.file(year + "/review.md", """
                    ---
                    title: Adolygiad rhannu data %d
                    published: %d-07-01
                    source: https://example.org/cy/%d
                    ---
                    Canfu'r adolygiad gynnydd mewn rhai meysydd.
                    """.formatted(year, year, year));
        }
        welshRecommendation(2023, "A1", "Sgiliau data", "Pobl", "Heb ei asesu eto", "Newydd", "Dylai'r llywodraeth wella sgiliau data.");
        welshRecommendation(2023, "A2", "Rhestrau gwirio", "Prosesau", "Heb ei asesu eto", "Newydd", "Dylai'r llywodraeth greu rhestrau gwirio.");
        welshRecommendation(2024, "A1", "Sgiliau data", "Pobl", "Peth cynnydd", "Wedi'i ddiwygio",
                "Dylai'r llywodraeth wella sgiliau data ar bob lefel.");
        welshRecommendation(2024, "A2", "Rhestrau gwirio", "Prosesau", "Wedi cau", "Wedi'i ddileu",
                "Dylai'r llywodraeth greu rhestrau gwirio.");
        fixture.build();
    }

    static void welshRecommendation(int year, String id, String title, String theme, String status, String outcome,
            String wording) {
        fixture.file(year + "/" + id.toLowerCase(Locale.ROOT) + ".md", """
                ---
                id: %s
                title: %s
                theme: %s
                status: %s
                outcome: "%s"
                owners: [Llywodraeth Cymru]
                ---
                %s

                ## Progress

                Sylw ar y cynnydd yn %d.
                """.formatted(id, title, theme, status, outcome, wording, year));
    }

    @Test
    void everyPageIsMarkedAsWelsh() {
        for (Path page : SiteLinks.htmlPages(fixture.site())) {
            assertTrue(read(page).startsWith("<!DOCTYPE html>\n<html lang=\"cy\">"), page.toString());
        }
    }

    @Test
    void datesAreWrittenInWelsh() {
        assertTrue(read(fixture.site().resolve("index.html")).contains("Yn ôl adolygiad 2024, a gyhoeddwyd ar 1 Gorffennaf 2024."));
    }

    @Test
    void theWelshBundleHasEveryKeyOfTheEnglishOne() {
        assertEquals(Messages.forLanguage("en").keys(), Messages.forLanguage("cy").keys());
    }

    @Test
    void noEnglishInterfaceStringIsLeftOnAnyPage() {
        Messages english = Messages.forLanguage("en");
        Messages welsh = Messages.forLanguage("cy");
        List<String> found = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (Path page : SiteLinks.htmlPages(fixture.site())) {
            pages.add(withoutAddresses(read(page)));
        }
        pages.add(withoutAddresses(read(fixture.site().resolve("feed.xml"))));
        for (String key : english.keys()) {
            for (String fragment : fragments(english.text(key))) {
                if (welsh.text(key).contains(fragment)) {
                    continue;
                }
                java.util.regex.Pattern word = java.util.regex.Pattern.compile(
                        "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(fragment) + "(?![\\p{L}\\d]|\\.\\p{L})");
                for (String page : pages) {
                    java.util.regex.Matcher matcher = word.matcher(page);
                    if (matcher.find()) {
                        String context = page.substring(Math.max(0, matcher.start() - 40),
                                Math.min(page.length(), matcher.end() + 20)).replace('\n', ' ');
                        found.add(key + ": \"" + fragment + "\" in …" + context + "…");
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theFragmentsCheckedAreRealWords() {
        assertEquals(List.of("review: "), fragments("{0} review: {1}"));
        assertEquals(List.of("Where things stand in the", "review"),
                fragments("Where things stand in the <a href=\"{{latestHref}}\">{{latestYear}} review</a>"));
    }

    /** The English words of a message between its values and tags, four characters or more. */
    static List<String> fragments(String message) {
        List<String> fragments = new ArrayList<>();
        for (String piece : message.split("\\{\\{[^}]*}}|\\{\\w+}|<[^>]*>")) {
            String trimmed = piece.strip();
            if (trimmed.length() >= 4 && trimmed.chars().anyMatch(Character::isLetter)) {
                fragments.add(piece.startsWith(" ") ? trimmed : piece.stripLeading().isEmpty() ? trimmed
                        : piece.stripTrailing().equals(piece) ? piece : trimmed);
            }
        }
        return fragments.stream().map(String::strip).map(f -> f.endsWith(":") ? f + " " : f).toList();
    }

    /** The page without link addresses, ids and classes, whose names are English by design. */
    static String withoutAddresses(String page) {
        return page.replaceAll("(href|src|id|class|for|aria-labelledby|data-[a-z]+)=\"[^\"]*\"", "")
                .replaceAll("<id>[^<]*</id>", "").replaceAll("(?s)<style>.*?</style>", "")
                // Column names of the data files: names of data, the same in every language.
                .replaceAll("<code>[a-z_]+</code>", "");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTrackerPublishedInTwoLanguagesLinksEachPageToItsCounterpart() throws Exception {
        Path bilingual = project.resolve("bilingual");
        TrackerFixture english = new TrackerFixture(bilingual).file("tracker.yml",
                TrackerFixture.TRACKER_YML + "translations:\n  - ../tracker-cy\n")
                .review(2023).review(2024)
                .recommendation(2023, "A1", "Data skills", "People", "Not yet assessed", "New")
                .recommendation(2023, "A2", "Checklists", "Processes", "Not yet assessed", "New")
                .recommendation(2024, "A1", "Data skills", "People", "Some progress", "Revised")
                .recommendation(2024, "A2", "Checklists", "Processes", "Closed", "Removed");
        io.github.trackdown.TrackerFixture.copyTree(fixture.content(), bilingual.resolve("src/tracker-cy"));
        english.build();

        String home = english.page("index.html");
        assertTrue(home.contains("<a href=\"cy/index.html\" hreflang=\"cy\" lang=\"cy\">Cymraeg</a>"), home);
        assertTrue(english.page("recommendations/a1.html").contains("href=\"../cy/recommendations/a1.html\""));
        String welshPage = english.page("cy/recommendations/a1.html");
        assertTrue(welshPage.startsWith("<!DOCTYPE html>\n<html lang=\"cy\">"));
        assertTrue(welshPage.contains("<a href=\"../../recommendations/a1.html\" hreflang=\"en\" lang=\"en\">English</a>"),
                welshPage);
        assertTrue(english.page("themes/people.html").contains("href=\"../cy/index.html\" hreflang=\"cy\""),
                "a page without a counterpart links to the other language's home page");
        assertEquals(List.of(), SiteLinks.broken(english.site()));
    }
}
