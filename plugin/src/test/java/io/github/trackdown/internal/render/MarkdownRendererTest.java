package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.model.Markdown;
import org.junit.jupiter.api.Test;

/** Markdown as the site shows it: here, tables in a box that scrolls sideways. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false, path -> null);

    @Test
    void aTableGoesInABoxThatScrollsSidewaysAndTakesKeyboardFocus() {
        String html = renderer.toHtml(new Markdown("""
                Before.

                | Part | Datasets |
                |---|---|
                | Health | 412 |

                After.
                """, "2024/r1.md", 8), "../");

        assertTrue(html.contains("<p>Before.</p>\n<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\""
                + " tabindex=\"0\">\n<table>\n"), html);
        assertTrue(html.contains("</table>\n</div>\n<p>After.</p>"), html);
        assertEquals(1, html.split("<div", -1).length - 1, "one box for one table");
    }
}
