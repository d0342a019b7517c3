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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.interactions.Actions;

/**
 * The browser checks of one built site, crawled once over HTTP under a sub-path on a phone-sized screen, and once
 * from the disk on a desktop-sized screen.
 *
 * <p>Subclasses name the site. Every test shares one headless Chromium session; the crawls run once per site.
 * Checked: every page reached by links, nothing fails to load, no console error, the not-found page, axe-core's
 * WCAG A and AA rules, the keyboard, the layout on a phone, at 1280 and 1024 px and printed on A4 (for every page
 * type), and screenshots for people to look at (screen and print).
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
              // On screen to the pixel: Chromium may scroll an element to the edge with a fraction of one over.
              inView: box.width > 0 && box.height > 0 && box.left > -1 && box.top > -1
                  && box.right < innerWidth + 1 && box.bottom < innerHeight + 1
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
    void at1280And1024PixelsNoTableOnAnyPageTypeNeedsSidewaysScrolling() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 1024}) {
            browser.viewport(width, 800);
            for (String page : site().pageTypes()) {
                browser.open(server.rootUrl() + page);
                problems.addAll(prefixed(page + " at " + width + " px", browser.script(Layout.TABLES_FIT)));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onAPhoneTablesOfRecommendationsOnEveryPageTypeAreBlocksWithLabelledValues() {
        List<String> problems = new ArrayList<>();
        browser.viewport(390, 844);
        for (String page : site().pageTypes()) {
            browser.open(server.rootUrl() + page);
            problems.addAll(prefixed(page + " at 390 px", browser.script(Layout.STACKED)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onAPhoneTheHomeMatrixShowsTheLatestReviewFirst() {
        browser.viewport(390, 844);
        browser.open(server.rootUrl() + "index.html");

        List<String> labels = browser.script(Layout.MATRIX_ORDER);
        List<String> newestFirst = site().tracker().years().stream().map(String::valueOf)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, labels.subList(0, Math.min(labels.size(), newestFirst.size())));
    }

    @Test
    void printedOnA4NothingOnAnyPageTypeIsWiderThanThePageAndEveryColumnIsPrinted() {
        List<String> problems = new ArrayList<>();
        browser.viewport(Layout.A4_CONTENT_WIDTH, Layout.A4_CONTENT_HEIGHT);
        browser.media("print");
        try {
            for (String page : site().pageTypes()) {
                browser.open(server.rootUrl() + page);
                problems.addAll(prefixed(page + " printed", browser.script(Layout.PRINT_FITS)));
            }
        } finally {
            browser.media("");
        }
        assertEquals(List.of(), problems);
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
    void aMissingAddressAtAnyDepthShowsTheNotFoundPageWhoseLinksLeadIntoTheSite() {
        browser.viewport(1280, 800);
        List<String> missingAddresses = List.of("recommendations/r99.html", "reviews/1999.html",
                "no/such/folder/page.html", MISSING_PAGE);
        List<String> problems = new ArrayList<>();
        // A server of its own: the missing addresses (and the not-found page's look for its root) are no error
        // of the site's pages, which the shared server's log is checked for.
        try (SiteServer own = SiteServer.serve(site().folder())) {
            for (String missing : missingAddresses) {
                problems.addAll(notFoundProblems(own.rootUrl(), missing));
            }
        }
        List<String> otherErrors = browser.consoleErrors().stream()
                .filter(error -> !error.contains("404 (Not Found)") || missingAddresses.stream()
                        .noneMatch(missing -> error.contains(missing)) && !error.contains("/404.html"))
                .toList();
        assertEquals(List.of(), otherErrors, "console errors other than the missing addresses");
        assertEquals(List.of(), problems);
    }

    private List<String> notFoundProblems(String rootUrl, String missing) {
        List<String> problems = new ArrayList<>();
        browser.open(rootUrl + missing);
        Map<String, Object> page = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const started = Date.now();
                (function check() {
                  const home = document.querySelector('main a[href$="index.html"]');
                  if (home && home.href.indexOf('/no/such/') < 0 || Date.now() - started > 3000) {
                    done({
                      heading: document.querySelector('h1').textContent,
                      home: home && home.href,
                      links: Array.from(document.querySelectorAll('header a, footer a'))
                          .map(a => a.href).filter(href => href.startsWith('http'))
                    });
                  } else {
                    setTimeout(check, 20);
                  }
                })();
                """);
        if (!"Page not found".equals(page.get("heading"))) {
            problems.add(missing + ": heading " + page.get("heading"));
        }
        if (!(rootUrl + "index.html").equals(page.get("home"))) {
            problems.add(missing + ": the home link leads to " + page.get("home"));
        }
        String origin = rootUrl.substring(0, rootUrl.indexOf('/', "http://".length()));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.get("links");
        for (String link : links.stream().filter(link -> link.startsWith(origin)).toList()) {
            String path = link.replaceFirst("[#?].*$", "");
            if (!path.startsWith(rootUrl) || !java.nio.file.Files.isRegularFile(
                    site().folder().resolve(path.substring(rootUrl.length())))) {
                problems.add(missing + ": a link leads to " + link);
            }
        }
        return problems;
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
    void filteringTheMatrixByLatestStatusShowsExactlyTheRecommendationsWithThatStatus() {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl());
        String status = site().tracker().recommendations().get(0).latest().status().slug();

        new Select(browser.driver().findElement(By.id("matrix-status"))).selectByValue(status);

        List<String> expected = site().tracker().recommendations().stream()
                .filter(r -> r.latest().status().slug().equals(status)).map(Recommendation::id).toList();
        assertEquals(new TreeSet<>(expected), new TreeSet<>(visibleMatrixRows()));
        assertEquals(expected.size(), visibleMatrixRows().size());
        assertEquals("Showing " + expected.size() + " of " + site().tracker().recommendations().size()
                + " recommendations.", browser.driver().findElement(By.cssSelector(".filter-count")).getText());
    }

    @Test
    void theFilterAndSortControlsWorkWithTheKeyboardAloneWithVisibleFocus() {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl());
        Map<String, Object> focused = tabUntil("id=\"matrix-theme\"");
        assertVisiblyFocused(focused);

        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();

        String theme = site().tracker().vocabulary().themes().get(0).slug();
        List<String> expected = site().tracker().recommendations().stream()
                .filter(r -> r.latest().theme().slug().equals(theme)).map(Recommendation::id).toList();
        assertEquals(expected, visibleMatrixRows(), "the first theme, chosen with the arrow key");

        Map<String, Object> sortButton = tabUntil("class=\"sort\"");
        assertTrue(!"none".equals(sortButton.get("outlineStyle")) && ((Number) sortButton.get("outlineWidth"))
                .doubleValue() >= 2, "the sort button shows its focus: " + sortButton);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).sendKeys(Keys.ENTER).perform();
        String sorted = browser.script("return document.querySelector('table.matrix thead th').getAttribute('aria-sort');");
        assertEquals("descending", sorted, "pressing Enter twice on the first column sorts it, then reverses it");
        List<String> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, visibleMatrixRows());
    }

    @Test
    void searchingForAWordOfOneRecommendationFindsOnlyIt() {
        assertSearchFindsOnly(wordOfOne(key -> !key.startsWith("reviews/")));
    }

    @Test
    void searchingForAWordOfOneReviewFindsOnlyThatReview() {
        assertSearchFindsOnly(wordOfOne(key -> key.startsWith("reviews/")));
    }

    private void assertSearchFindsOnly(Map.Entry<String, String> unique) {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl() + "search.html");

        browser.driver().findElement(By.id("search-input")).sendKeys(unique.getKey());

        List<String> shown = browser.script("""
                return Array.from(document.querySelectorAll('#search-results li'))
                    .filter(item => item.getClientRects().length > 0).map(item => item.getAttribute('data-id'));
                """);
        assertEquals(List.of(unique.getValue()), shown, "searching for \"" + unique.getKey() + "\"");
    }

    /**
     * A word of six letters or more found once in the whole text of the site's recommendations and reviews, in the
     * text of one whose search key ({@code R7}, {@code reviews/2024}) {@code kind} accepts; and that key.
     */
    private Map.Entry<String, String> wordOfOne(java.util.function.Predicate<String> kind) {
        Map<String, String> texts = new java.util.TreeMap<>();
        for (Recommendation recommendation : site().tracker().recommendations()) {
            StringBuilder text = new StringBuilder();
            recommendation.history().forEach(a -> text.append(' ').append(a.title()).append(' ')
                    .append(a.wording().source()).append(' ').append(a.comment().source()));
            texts.put(recommendation.id(), text.toString().toLowerCase(java.util.Locale.ROOT));
        }
        site().tracker().reviews().forEach(r -> texts.put("reviews/" + r.year(),
                (" " + r.title() + " " + r.summary().source()).toLowerCase(java.util.Locale.ROOT)));
        String all = String.join(" ", texts.values());
        Map<String, java.util.Set<String>> keysByWord = new java.util.TreeMap<>();
        texts.forEach((key, text) -> {
            for (String word : text.split("[^\\p{L}]+")) {
                if (word.length() >= 6) {
                    keysByWord.computeIfAbsent(word, w -> new TreeSet<>()).add(key);
                }
            }
        });
        return keysByWord.entrySet().stream().filter(e -> e.getValue().size() == 1)
                .filter(e -> kind.test(e.getValue().iterator().next()))
                .filter(e -> all.indexOf(e.getKey()) == all.lastIndexOf(e.getKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue().iterator().next())).findFirst()
                .orElseThrow(() -> new AssertionError("no word belongs to one such text only"));
    }

    private List<String> visibleMatrixRows() {
        return browser.script("""
                return Array.from(document.querySelectorAll('table.matrix tbody tr[data-order]'))
                    .filter(row => row.getClientRects().length > 0)
                    .map(row => row.querySelector('.rec-id').textContent);
                """);
    }

    private Map<String, Object> tabUntil(String elementPart) {
        for (int i = 0; i < 60; i++) {
            Map<String, Object> focused = tab();
            if (((String) focused.get("element")).contains(elementPart)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached an element with " + elementPart);
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
        browser.viewport(Layout.A4_CONTENT_WIDTH, Layout.A4_CONTENT_HEIGHT);
        browser.media("print");
        try {
            for (String page : mainPages()) {
                browser.open(server.rootUrl() + page);
                Path file = SCREENSHOTS.resolve(site().name() + "-" + page.replace(".html", "").replace('/', '-')
                        + "-print-a4.png");
                browser.saveFullPageScreenshot(file);
                saved.add(file);
            }
        } finally {
            browser.media("");
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

    private static List<String> prefixed(String where, List<String> problems) {
        return problems.stream().map(problem -> where + ": " + problem).toList();
    }

    /** The home, a recommendation, the compare, the latest two reviews' comparison and the latest review's pages. */
    private List<String> mainPages() {
        List<Integer> years = site().tracker().years();
        List<String> pages = new ArrayList<>(List.of("index.html", site().recommendationPage(), "compare.html"));
        if (years.size() > 1) {
            pages.add("compare/" + years.get(years.size() - 2) + "-" + years.get(years.size() - 1) + ".html");
        }
        pages.add(site().reviewPage());
        return pages;
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
