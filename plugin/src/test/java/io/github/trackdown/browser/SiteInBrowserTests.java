package io.github.trackdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.model.Recommendation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The browser checks of one built site, crawled once over HTTP under a sub-path on a phone-sized screen, and once
 * from the disk on a desktop-sized screen.
 *
 * <p>Subclasses name the site. Every test shares one headless Chromium session; the crawls run once per site.
 * Checked: every page reached by links, nothing fails to load, no console error, the not-found page, axe-core's
 * WCAG A and AA rules, the keyboard, the layout on a phone, and screenshots for people to look at.
 */
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SiteInBrowserTests {

    /** The folder the screenshots go to. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String MISSING_PAGE = "no-such-page.html";

    private static final String FOCUSED = """
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return {
              element: element.outerHTML.substring(0, 120),
              inMain: document.querySelector('main').contains(element),
              outlineStyle: style.outlineStyle,
              outlineWidth: parseFloat(style.outlineWidth),
              inView: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
                  && box.right <= innerWidth && box.bottom <= innerHeight
            };
            """;

    private Browser browser;
    private SiteServer server;
    private Crawl overHttp;
    private Crawl fromDisk;

    /** The site under test. */
    abstract BuiltSite site();

    @BeforeAll
    void serveAndCrawlTheSite(Browser browser) {
        this.browser = browser;
        server = SiteServer.serve(site().folder());
        overHttp = Crawl.of(browser, server.rootUrl(), 390, 844);
        fromDisk = Crawl.of(browser, fileRootUrl(), 1280, 800);
        System.out.printf("%s: crawled %d pages over HTTP under %s on a phone and %d from the disk on a desktop%n",
                site(), overHttp.pagesReached().size(), SiteServer.SUB_PATH, fromDisk.pagesReached().size());
    }

    @AfterAll
    void stopServing() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servedUnderASubPathEveryPageIsReachedByFollowingLinksFromTheHomePage() {
        assertEquals(linkedPages(), overHttp.pagesReached());
    }

    @Test
    void servedUnderASubPathNoPageStylesheetOrLinkFailsToLoad() {
        assertEquals(List.of(), overHttp.loadFailures());
        List<SiteServer.Request> failed = server.requests().stream()
                .filter(request -> request.status() >= 400 && !request.path().endsWith(MISSING_PAGE)).toList();
        assertEquals(List.of(), failed, "requests the server answered with an error");
    }

    @Test
    void servedUnderASubPathNoPageLogsAConsoleError() {
        assertEquals(List.of(), overHttp.consoleErrors());
    }

    @Test
    void openedFromTheDiskEveryPageIsReachedByFollowingLinksFromTheHomePage() {
        assertEquals(linkedPages(), fromDisk.pagesReached());
    }

    @Test
    void openedFromTheDiskNoPageStylesheetOrLinkFailsToLoad() {
        assertEquals(List.of(), fromDisk.loadFailures());
    }

    @Test
    void openedFromTheDiskNoPageLogsAConsoleError() {
        assertEquals(List.of(), fromDisk.consoleErrors());
    }

    @Test
    void onAPhoneNoPageScrollsSidewaysOrCutsTextAndWideTablesScrollInTheirBox() {
        assertEquals(List.of(), overHttp.layoutProblems());
    }

    @Test
    void onADesktopNoPageScrollsSidewaysOrCutsTextAndWideTablesScrollInTheirBox() {
        assertEquals(List.of(), fromDisk.layoutProblems());
    }

    @Test
    void onADesktopTheHomeMatrixShowsEveryReviewYearWithoutScrollingSideways() {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl() + "index.html");

        Map<String, Object> box = browser.script("""
                const box = document.querySelector('table.matrix').closest('.table-scroll');
                return {visible: box.clientWidth, table: box.scrollWidth};
                """);
        assertTrue(((Number) box.get("table")).longValue() <= ((Number) box.get("visible")).longValue(),
                "the latest review year is on screen: " + box);
    }

    @Test
    void aMissingAddressUnderTheSubPathShowsTheStyledNotFoundPage() {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl() + MISSING_PAGE);

        Map<String, Object> page = browser.script("""
                return {
                  status: performance.getEntriesByType('navigation')[0].responseStatus,
                  heading: document.querySelector('h1') && document.querySelector('h1').textContent,
                  styled: Array.from(document.styleSheets).length > 0
                      && getComputedStyle(document.querySelector('.site-header')).display !== 'inline'
                };
                """);
        assertEquals(404L, ((Number) page.get("status")).longValue());
        assertEquals("Page not found", page.get("heading"));
        assertEquals(true, page.get("styled"), "the not-found page has its style sheet");
        assertEquals(List.of(), browser.consoleErrors().stream()
                .filter(error -> !error.contains(MISSING_PAGE)).toList(), "errors other than the 404 itself");
    }

    @Test
    void everyPageTypeHasNoWcagViolations() {
        assertNoWcagViolations(site().pageTypes(), 1280, 800);
    }

    @Test
    void theHomeRecommendationCompareAndReviewPagesHaveNoWcagViolationsOnAPhone() {
        assertNoWcagViolations(mainPages(), 390, 844);
    }

    @Test
    void theFirstTabStopIsTheSkipLinkWhichShowsItsFocus() {
        openHomePageForTheKeyboard();

        Map<String, Object> focused = tab();
        assertTrue(((String) focused.get("element")).contains("skip-link"), focused.toString());
        assertVisiblyFocused(focused);
    }

    @Test
    void theSkipLinkTakesTheKeyboardToTheMainContent() {
        openHomePageForTheKeyboard();
        tab();

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        Map<String, Object> focused = tab();
        assertEquals(true, focused.get("inMain"), "the next tab stop after the skip link is in <main>: " + focused);
        assertVisiblyFocused(focused);
    }

    @Test
    void tabbingReachesEveryNavigationLinkInOrderEachVisiblyFocused() {
        openHomePageForTheKeyboard();
        List<String> navigation = browser.script(
                "return Array.from(document.querySelectorAll('header nav a'), a => a.outerHTML.substring(0, 120));");
        assertFalse(navigation.isEmpty(), "the page has navigation links");

        tab();
        tab();
        for (String link : navigation) {
            Map<String, Object> focused = tab();
            assertEquals(link, focused.get("element"));
            assertVisiblyFocused(focused);
        }
        String unfocusedOutline = browser.script(
                "return getComputedStyle(document.querySelector('header nav a')).outlineStyle;");
        assertEquals("none", unfocusedOutline, "the outline shows focus only: an unfocused link has none");
    }

    @Test
    void withoutJavaScriptTheHomePageListsEveryRecommendation(@WithoutJavaScript Browser scriptless) {
        scriptless.open("data:text/html,<title>off</title><script>document.title = 'on'</script>");
        assertEquals("off", scriptless.driver().getTitle(), "scripts really are disabled in this session");

        scriptless.open(server.rootUrl());
        List<String> shownRows = scriptless.script("""
                return Array.from(document.querySelectorAll('table.matrix tbody th[scope="row"] .rec-id'))
                    .filter(id => id.getClientRects().length > 0).map(id => id.textContent);
                """);
        List<String> ids = site().tracker().recommendations().stream().map(Recommendation::id).toList();
        assertEquals(ids.size(), shownRows.size(), "rows of the status matrix");
        assertEquals(new TreeSet<>(ids), new TreeSet<>(shownRows));
    }

    @Test
    void screenshotsOfTheHomeRecommendationCompareAndReviewPagesAreSaved() throws IOException {
        List<Path> saved = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            browser.viewport(size[0], size[1]);
            for (String page : mainPages()) {
                browser.open(server.rootUrl() + page);
                Path file = SCREENSHOTS.resolve(site().name() + "-" + page.replace(".html", "").replace('/', '-')
                        + "-" + size[0] + "x" + size[1] + ".png");
                browser.saveFullPageScreenshot(file);
                saved.add(file);
            }
        }
        for (Path file : saved) {
            assertTrue(Files.size(file) > 10_000, file + " holds a picture");
        }
    }

    private void assertNoWcagViolations(List<String> pages, int width, int height) {
        browser.viewport(width, height);
        List<String> violations = new ArrayList<>();
        for (String page : pages) {
            browser.open(server.rootUrl() + page);
            violations.addAll(Accessibility.violations(browser, page + " at " + width + "x" + height));
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " axe violations of " + Accessibility.WCAG_TAGS + " on " + pages.size()
                    + " pages:\n" + String.join("\n", violations));
        }
    }

    private List<String> mainPages() {
        return List.of("index.html", site().recommendationPage(), "compare.html", site().reviewPage());
    }

    private TreeSet<String> linkedPages() {
        TreeSet<String> pages = new TreeSet<>(site().htmlPages());
        pages.remove("404.html");
        return pages;
    }

    private String fileRootUrl() {
        String url = site().folder().toUri().toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private void openHomePageForTheKeyboard() {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl() + "index.html");
        browser.script("document.activeElement.blur(); window.getSelection().removeAllRanges();");
    }

    private Map<String, Object> tab() {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        return browser.script(FOCUSED);
    }

    private static void assertVisiblyFocused(Map<String, Object> focused) {
        assertTrue(!"none".equals(focused.get("outlineStyle")) && ((Number) focused.get("outlineWidth"))
                .doubleValue() >= 2, "a focus outline of at least 2px: " + focused);
        assertEquals(true, focused.get("inView"), "the focused element is on screen: " + focused);
    }
}
