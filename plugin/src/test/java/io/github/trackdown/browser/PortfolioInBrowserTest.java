package io.github.trackdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trackdown.ManyYearTracker;
import io.github.trackdown.SiteLinks;
import io.github.trackdown.Trackdown;
import io.github.trackdown.TrackerFixture;
import io.github.trackdown.internal.write.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A portfolio's own pages in the browser: the OSR tracker and the many-year tracker as two reports of one site,
 * served under a sub-path. Each report's pages are a tracker's pages, which the other browser tests check.
 */
@ExtendWith(Chromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioInBrowserTest {

    private static final Path SITES = Path.of("target", "browser-sites").toAbsolutePath();
    private static final List<String> PORTFOLIO_PAGES = List.of("index.html", "open.html", "owners.html",
            "owners/office-for-national-statistics.html", "search.html", "data.html", "statuses.html",
            "osr/index.html");

    private Path site;
    private SiteServer server;

    @BeforeAll
    void buildAndServeAPortfolioOfTwoReports() throws Exception {
        Path content = SITES.resolve("portfolio-content");
        Folders.deleteTree(content);
        TrackerFixture.copyTree(Path.of("..", "site-content", "src", "tracker"), content.resolve("osr"));
        ManyYearTracker.write(content.resolve("many-years"));
        Files.writeString(content.resolve("portfolio.yml"), """
                title: Statistics reviews
                description: Two reports followed up on one site.
                publisher: Office for Statistics Regulation
                licence: OGL-UK-3.0
                """, StandardCharsets.UTF_8);
        site = SITES.resolve("portfolio");
        Trackdown.builder().contentDirectory(content).outputDirectory(site).build().build();
        server = SiteServer.serve(site);
    }

    @AfterAll
    void stopServing() {
        server.close();
    }

    @Test
    void everyLinkResolvesAndEveryPageOfThePortfolioIsValidHtml() throws IOException {
        assertEquals(List.of(), SiteLinks.broken(site));
        List<Path> pages = PORTFOLIO_PAGES.stream().map(site::resolve).toList();
        assertEquals(List.of(), HtmlChecker.errors(site, pages));
    }

    @Test
    void thePortfolioPagesHaveNoWcagViolationsOnADesktopOrAPhoneAndLogNoError(Browser browser) {
        List<String> violations = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            browser.viewport(size[0], size[1]);
            for (String page : PORTFOLIO_PAGES) {
                browser.open(server.rootUrl() + page);
                violations.addAll(Accessibility.violations(browser, page + " at " + size[0] + "x" + size[1]));
                browser.consoleErrors().forEach(error -> violations.add(page + ": console: " + error));
            }
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " problems:\n" + String.join("\n", violations));
        }
    }

    @Test
    void theSearchPageFiltersTheRecommendationsOfEveryReportByReportOwnerAndKind(Browser browser) {
        browser.viewport(1280, 800);
        browser.open(server.rootUrl() + "search.html");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#portfolio-search tbody tr"));
        int all = rows.size();
        long osr = rows.stream().filter(row -> "osr".equals(row.getAttribute("data-report"))).count();
        assertTrue(osr > 0 && osr < all, osr + " of " + all);

        new Select(browser.driver().findElement(By.id("filter-report"))).selectByValue("osr");
        assertEquals(osr, visibleRows(browser));
        String count = browser.driver().findElement(By.cssSelector(".matrix-filters .filter-count")).getText();
        assertEquals("Showing " + osr + " of " + all + " recommendations.", count);

        new Select(browser.driver().findElement(By.id("filter-kind"))).selectByValue("closed");
        long closed = rows.stream().filter(row -> "osr".equals(row.getAttribute("data-report"))
                && "closed".equals(row.getAttribute("data-kind"))).count();
        assertEquals(closed, visibleRows(browser));
    }

    private static long visibleRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#portfolio-search tbody tr")).stream()
                .filter(WebElement::isDisplayed).count();
    }
}
