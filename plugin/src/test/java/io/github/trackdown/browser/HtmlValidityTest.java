package io.github.trackdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.SiteLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page is valid HTML according to the Nu Html Checker; no browser is needed. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheOsrSiteIsValidHtml() {
        assertValid(BuiltSite.osr());
    }

    @Test
    void everyPageOfTheManyYearTrackerIsValidHtml() {
        assertValid(BuiltSite.manyYears());
    }

    @Test
    void theCheckerReportsTheLineOfAnInvalidPage(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("invalid.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Invalid</title></head>
                <body>
                <p>A valid paragraph.</p>
                <a href="x" href="y">a duplicate attribute</a>
                </body></html>
                """);

        List<String> errors = HtmlChecker.errors(folder, List.of(page));
        assertTrue(errors.stream().anyMatch(error -> error.startsWith("invalid.html:5:")
                && error.contains("Duplicate attribute")), errors.toString());
    }

    private static void assertValid(BuiltSite site) {
        List<Path> pages = SiteLinks.htmlPages(site.folder());
        assertEquals(site.htmlPages().size(), pages.size());
        List<String> errors = HtmlChecker.errors(site.folder(), pages);
        if (!errors.isEmpty()) {
            fail(errors.size() + " HTML errors in the " + site + " site (" + pages.size() + " pages checked):\n"
                    + String.join("\n", errors));
        }
    }
}
