package io.github.trackdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The browser checks find the problems they look for, on a small site that has each of them. */
@ExtendWith(Chromium.class)
class BrowserChecksTest {

    @TempDir
    static Path site;

    @BeforeAll
    static void writeABrokenSite() throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Broken</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="missing.css"></head>
                <body><main><h1>Broken</h1>
                <a href="gone.html">a page that is not there</a>
                <a href="other.html#nowhere">an anchor that is not there</a>
                <a href="report.pdf">a file that is not there</a>
                <img src="picture.png">
                <div style="width: 2000px">wider than any screen</div>
                <p style="width: 6em; overflow: hidden; white-space: nowrap">A sentence that is cut off</p>
                <script>console.error('something broke');</script>
                </main></body></html>
                """);
        Files.writeString(site.resolve("other.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Other</title></head>
                <body><main><h1 id="somewhere">Other</h1><a href="index.html">home</a></main></body></html>
                """);
        Files.writeString(site.resolve("orphan.html"), "<!DOCTYPE html><title>No link leads here</title>");
    }

    @Test
    void theCrawlReportsAPageWiderThanTheScreenAndTextThatIsCutOff(Browser browser) {
        Crawl crawl = Crawl.of(browser, site.toUri().toString(), 390, 844);

        String all = String.join("\n", crawl.layoutProblems());
        assertTrue(all.contains("index.html: the page is 2") && all.contains("px wide on a 390px screen"), all);
        assertTrue(all.contains("index.html: text is cut off in <p"), all);
    }

    @Test
    void servedUnderASubPathTheCrawlReportsEveryBrokenThingAndOnlyReachesLinkedPages(Browser browser) {
        try (SiteServer server = SiteServer.serve(site)) {
            Crawl crawl = Crawl.of(browser, server.rootUrl(), 1280, 800);

            assertEquals(Set.of("index.html", "other.html"), crawl.pagesReached());
            assertReportsEveryBrokenThing(crawl.loadFailures());
            assertTrue(crawl.consoleErrors().stream().anyMatch(error -> error.contains("something broke")),
                    crawl.consoleErrors().toString());
        }
    }

    @Test
    void openedFromTheDiskTheCrawlReportsEveryBrokenThingAndOnlyReachesLinkedPages(Browser browser) {
        Crawl crawl = Crawl.of(browser, site.toUri().toString(), 390, 844);

        assertEquals(Set.of("index.html", "other.html"), crawl.pagesReached());
        assertReportsEveryBrokenThing(crawl.loadFailures());
        assertTrue(crawl.consoleErrors().stream().anyMatch(error -> error.contains("something broke")),
                crawl.consoleErrors().toString());
    }

    @Test
    void axeReportsAnImageWithoutAlternativeText(Browser browser) {
        browser.open(site.resolve("index.html").toUri().toString());

        List<String> violations = Accessibility.violations(browser, "index.html");
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("image-alt")),
                violations.toString());
    }

    private static void assertReportsEveryBrokenThing(List<String> failures) {
        String all = String.join("\n", failures);
        for (String broken : List.of("missing.css", "gone.html", "#nowhere", "report.pdf", "picture.png")) {
            assertTrue(all.contains(broken), broken + " is reported in:\n" + all);
        }
    }
}
