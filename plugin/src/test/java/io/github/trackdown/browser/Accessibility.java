package io.github.trackdown.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core in the browser on the open page against the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 *
 * <p>The script is the {@code axe.min.js} that Deque ships in {@code com.deque.html.axe-core:selenium}. It is
 * injected and run with {@code axe.run} directly, which takes a third of the time of Deque's {@code AxeBuilder}
 * (these pages have no frames to reach into).
 */
public final class Accessibility {

    /** The axe-core version the tests expect to run; a different one means another {@code axe.min.js} won. */
    public static final String AXE_VERSION = "4.11.1";

    /** The axe rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(results => done({version: axe.version, violations: results.violations.map(rule => ({
                    id: rule.id, impact: rule.impact, help: rule.help, helpUrl: rule.helpUrl,
                    nodes: rule.nodes.map(node => ({target: JSON.stringify(node.target), html: node.html,
                        summary: node.failureSummary}))}))}))
                .catch(error => done({error: String(error)}));
            """;

    private Accessibility() {
    }

    /**
     * The violations on the page open in the browser, each told readably with the rule, its help and every
     * element that breaks it; empty when there are none.
     *
     * @param page how to name the page in the messages
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser, String page) {
        browser.script(AXE);
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript(RUN, WCAG_TAGS);
        if (result.containsKey("error")) {
            return List.of(page + ": axe could not run: " + result.get("error"));
        }
        if (!AXE_VERSION.equals(result.get("version"))) {
            return List.of(page + ": axe " + result.get("version") + " ran instead of " + AXE_VERSION
                    + "; is there another axe.min.js at the root of the test class path?");
        }
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) result.get("violations")) {
            StringBuilder text = new StringBuilder(page).append(": [").append(rule.get("impact")).append("] ")
                    .append(rule.get("id")).append(": ").append(rule.get("help")).append(" (")
                    .append(rule.get("helpUrl")).append(')');
            for (Map<String, Object> node : (List<Map<String, Object>>) rule.get("nodes")) {
                text.append("\n      at ").append(node.get("target")).append(": ").append(node.get("html"))
                        .append("\n         ").append(String.valueOf(node.get("summary"))
                                .replace("\n", "\n         "));
            }
            violations.add(text.toString());
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path; it comes with"
                        + " com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
