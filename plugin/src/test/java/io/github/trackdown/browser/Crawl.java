package io.github.trackdown.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openqa.selenium.WebDriverException;

/**
 * Visits every page of a site in a real browser, on a screen of a given size, starting at its home page and
 * following its links, and records what a reader would run into: pages or resources that fail to load, links to
 * missing anchors, console errors, and a layout that does not fit the screen.
 *
 * @param pagesReached the pages visited, relative to the site root, sorted
 * @param loadFailures every page, stylesheet, other resource or anchor that failed, as {@code page: what}
 * @param consoleErrors every console error, as {@code page: message}
 * @param layoutProblems every page wider than the screen, text cut off, or wide table that cannot scroll, as
 *     {@code page: what}
 */
public record Crawl(Set<String> pagesReached, List<String> loadFailures, List<String> consoleErrors,
        List<String> layoutProblems) {

    private static final String PAGE_FACTS = """
            const navigation = performance.getEntriesByType('navigation')[0];
            return {
              url: location.href,
              status: navigation ? navigation.responseStatus : -1,
              links: Array.from(document.querySelectorAll('a[href]'), a => a.href),
              resources: Array.from(document.querySelectorAll('link[href]'), link => link.href)
                  .concat(Array.from(document.querySelectorAll('[src]'), element => element.src)),
              ids: Array.from(document.querySelectorAll('[id]'), e => e.id),
              unloadedStylesheets: Array.from(document.querySelectorAll('link[rel~="stylesheet"]'))
                  .filter(link => link.sheet === null).map(link => link.href),
              failedResources: performance.getEntriesByType('resource')
                  .filter(entry => entry.responseStatus >= 400)
                  .map(entry => entry.name + ' (HTTP ' + entry.responseStatus + ')')
            };
            """;

    private static final String LAYOUT_PROBLEMS = """
            const problems = [];
            const describe = e => e.outerHTML.substring(0, 100).replace(/\\s+/g, ' ');
            /* Hidden on purpose for screen readers only (clip: rect(0 0 0 0)), as a table's head on a phone. */
            const clippedAway = e => {
              for (let at = e; at !== null; at = at.parentElement) {
                if (getComputedStyle(at).clip === 'rect(0px, 0px, 0px, 0px)') return true;
              }
              return false;
            };
            const page = document.documentElement;
            if (page.scrollWidth > page.clientWidth) {
              problems.push('the page is ' + page.scrollWidth + 'px wide on a ' + page.clientWidth + 'px screen');
            }
            for (const element of document.querySelectorAll('body *')) {
              if (element.scrollWidth > element.clientWidth + 1
                  && ['hidden', 'clip'].includes(getComputedStyle(element).overflowX)
                  && !element.closest('.visually-hidden') && !clippedAway(element)) {
                problems.push('text is cut off in ' + describe(element));
              }
            }
            for (const table of document.querySelectorAll('table')) {
              const box = table.closest('.table-scroll');
              if (box === null) {
                if (table.getBoundingClientRect().width > table.parentElement.clientWidth + 1) {
                  problems.push('a table is wider than its column and does not scroll: ' + describe(table));
                }
              } else if (box.scrollWidth > box.clientWidth) {
                if (!['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) {
                  problems.push('a wide table does not scroll sideways: ' + describe(box));
                }
                if (box.tabIndex < 0) {
                  problems.push('a wide table cannot be scrolled with the keyboard: ' + describe(box));
                }
              }
            }
            return problems;
            """;

    /**
     * Crawls the site whose root address is {@code rootUrl} (ending in {@code /}), starting at the root itself.
     *
     * @param browser the browser to crawl with
     * @param rootUrl the site's root, {@code http://.../some-repo/} or {@code file:///.../site/}
     * @param width the width of the screen, in CSS pixels
     * @param height the height of the screen, in CSS pixels
     */
    @SuppressWarnings("unchecked")
    public static Crawl of(Browser browser, String rootUrl, int width, int height) {
        browser.viewport(width, height);
        browser.consoleErrors();
        boolean overHttp = rootUrl.startsWith("http");
        String origin = overHttp ? rootUrl.substring(0, rootUrl.indexOf('/', "http://".length())) : "file:";
        Set<String> reached = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        List<String> consoleErrors = new ArrayList<>();
        List<String> layoutProblems = new ArrayList<>();
        Map<String, List<String>> idsOfPage = new HashMap<>();
        Map<String, Set<String>> anchorLinks = new HashMap<>();
        Map<String, Boolean> resourceExists = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(overHttp ? "" : "index.html");
        Set<String> queued = new LinkedHashSet<>(queue);
        while (!queue.isEmpty()) {
            String address = queue.removeFirst();
            String page = pageOf(address);
            try {
                browser.open(rootUrl + address);
            } catch (WebDriverException e) {
                failures.add(page + ": does not load: " + e.getRawMessage());
                consoleErrors.addAll(prefixed(page, browser.consoleErrors()));
                continue;
            }
            Map<String, Object> facts = browser.script(PAGE_FACTS);
            consoleErrors.addAll(prefixed(page, browser.consoleErrors()));
            String url = (String) facts.get("url");
            long status = ((Number) facts.get("status")).longValue();
            if (url.startsWith("chrome-error:") || overHttp && status != 200) {
                failures.add(page + ": does not load (HTTP " + status + ", " + url + ")");
                continue;
            }
            reached.add(page);
            layoutProblems.addAll(prefixed(page, browser.script(LAYOUT_PROBLEMS)));
            idsOfPage.put(page, (List<String>) facts.get("ids"));
            for (String sheet : (List<String>) facts.get("unloadedStylesheets")) {
                failures.add(page + ": stylesheet " + sheet + " does not load");
            }
            for (String resource : (List<String>) facts.get("failedResources")) {
                failures.add(page + ": " + resource);
            }
            for (String resource : (List<String>) facts.get("resources")) {
                if (!resource.startsWith("data:") && !resourceExists.computeIfAbsent(resource, Crawl::exists)) {
                    failures.add(page + ": " + resource + " does not load");
                }
            }
            for (String link : (List<String>) facts.get("links")) {
                if (!link.startsWith(origin)) {
                    continue;
                }
                if (!link.startsWith(rootUrl)) {
                    failures.add(page + ": link " + link + " leaves the site's folder " + rootUrl);
                    continue;
                }
                int hash = link.indexOf('#');
                String target = (hash < 0 ? link : link.substring(0, hash)).substring(rootUrl.length());
                if (hash >= 0 && hash < link.length() - 1) {
                    anchorLinks.computeIfAbsent(pageOf(target), k -> new TreeSet<>())
                            .add(link.substring(hash + 1) + " (from " + page + ")");
                }
                if (target.isEmpty() || target.endsWith("/") || target.endsWith(".html")) {
                    if (queued.add(pageOf(target))) {
                        queue.add(target);
                    }
                } else if (!resourceExists.computeIfAbsent(rootUrl + target, Crawl::exists)) {
                    failures.add(page + ": link to " + target + " leads nowhere");
                }
            }
        }
        anchorLinks.forEach((page, anchors) -> {
            for (String anchor : anchors) {
                String id = anchor.substring(0, anchor.indexOf(" (from "));
                if (idsOfPage.containsKey(page) && !idsOfPage.get(page).contains(id)) {
                    failures.add(page + ": no element has the id of the link #" + anchor);
                }
            }
        });
        return new Crawl(reached, failures, consoleErrors, layoutProblems);
    }

    private static String pageOf(String address) {
        return address.isEmpty() || address.endsWith("/") ? address + "index.html" : address;
    }

    private static List<String> prefixed(String page, List<String> messages) {
        return messages.stream().map(message -> page + ": " + message).toList();
    }

    private static boolean exists(String url) {
        try {
            if (url.startsWith("file:")) {
                return Files.isRegularFile(Path.of(URI.create(url)));
            }
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod("HEAD");
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
