package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.internal.opendata.TextForms;
import io.github.trackdown.model.Markdown;
import org.junit.jupiter.api.Test;

/** Markdown as the site shows it: tables in a box that scrolls sideways, links to files that browsers can follow. */
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

    @Test
    void theFormsOfTheDataComeFromTheReadingThatMadeTheHtml() {
        java.util.Map<Markdown, TextForms.Forms> forms = new java.util.HashMap<>();
        Markdown comment = new Markdown("""
                Progress was
                **slow**, see [R2](r2.md).

                - one
                  two
                """, "2024/r1.md", 12);

        String html = renderer.toHtml(comment, "../", forms);

        assertEquals("""
                <p>Progress was
                <strong>slow</strong>, see <a rel="nofollow" href="r2.md">R2</a>.</p>
                <ul>
                <li>one
                two</li>
                </ul>
                """, html);
        assertEquals(new TextForms.Forms(TextForms.plain(comment), TextForms.unwrapped(comment)), forms.get(comment));
        assertEquals("Progress was **slow**, see [R2](r2.md).\n\n- one two", forms.get(comment).unwrapped());
    }

    @Test
    void linksToFilesWithSpacesHashesAndQuestionMarksArePercentEncoded() {
        java.util.Map<String, String> pages = java.util.Map.of("2024/chart #1.png", "files/2024/chart #1.png",
                "2024/what?.pdf", "files/2024/what?.pdf", "2024/r2.md", "recommendations/r2.html#review-2024",
                "2024/café 100%.png", "files/2024/café 100%.png");
        MarkdownRenderer links = new MarkdownRenderer(false, pages::get);

        String html = links.toHtml(new Markdown("""
                ![Chart](<chart #1.png>) [Questions](what%3F.pdf) [R2](r2.md) ![Café](<café 100%25.png>)
                """, "2024/r1.md", 8), "../");

        assertTrue(html.contains("src=\"../files/2024/chart%20%231.png\""), html);
        assertTrue(html.contains("href=\"../files/2024/what%3F.pdf\""), html);
        assertTrue(html.contains("href=\"../recommendations/r2.html#review-2024\""), html);
        assertTrue(html.contains("src=\"../files/2024/caf%C3%A9%20100%25.png\""), html);
    }

    @Test
    void oneReadingGivesTheReaderTextTheFormsAndTheHtmlThatTheirOwnConversionsGive() {
        MarkdownRenderer links = new MarkdownRenderer(false, java.util.Map.of("2024/r2.md",
                "recommendations/r2.html")::get);
        Markdown wording = new Markdown("""
                Share [the data](r2.md) with `code`.

                | Part | Datasets |
                |---|---|
                | Health | 412 |
                """, "2024/r1.md", 8);

        TextReading reading = links.reading(wording);
        assertEquals("Share the data with code. Part Datasets Health 412", reading.readerText());
        assertEquals(links.toHtml(wording, "../"), reading.html(wording, "../"));
        assertEquals(TextForms.forms(wording), reading.forms());
        assertEquals(links.readerText(wording), reading.readerText());
        assertEquals(links.toHtml(wording, ""), reading.html(wording, ""), "the document is left as written");
        assertEquals("", links.reading(new Markdown(" \n", "2024/r1.md", 8)).html(
                new Markdown(" \n", "2024/r1.md", 8), "../"));
    }

    @Test
    void wordingsWithTheSameTextShareOneReadingAndEachLinksFromItsOwnFile() {
        MarkdownRenderer links = new MarkdownRenderer(false, java.util.Map.of(
                "2023/r2.md", "recommendations/r2.html#review-2023",
                "2024/r2.md", "recommendations/r2.html#review-2024")::get);
        Markdown in2023 = new Markdown("See [R2](r2.md).\n", "2023/r1.md", 8);
        Markdown in2024 = new Markdown("See [R2](r2.md).\n", "2024/r1.md", 8);

        TextReading reading = links.reading(in2023);
        assertSame(reading, links.reading(in2024));
        assertEquals("<p>See <a rel=\"nofollow\" href=\"../recommendations/r2.html#review-2024\">R2</a>.</p>\n",
                reading.html(in2024, "../"));
        assertEquals("<p>See <a rel=\"nofollow\" href=\"../recommendations/r2.html#review-2023\">R2</a>.</p>\n",
                reading.html(in2023, "../"));
        links.release(in2023);
        assertNotSame(reading, links.reading(in2024), "a released reading is read again");
    }

    @Test
    void aReadingGivesNoHtmlForAnotherText() {
        Markdown wording = new Markdown("Share data.\n", "2024/r1.md", 8);

        assertThrows(IllegalArgumentException.class, () -> renderer.reading(wording)
                .html(new Markdown("Share more data.\n", "2024/r1.md", 8), "../"));
    }

    @Test
    void readingsKeepAtMostTheirShareOfParsedDocumentsAndStillGiveTheSameHtmlPastIt() {
        MarkdownRenderer many = new MarkdownRenderer(false, path -> null);
        java.util.List<Markdown> wordings = new java.util.ArrayList<>();
        for (int i = 0; i < MarkdownRenderer.KEPT_DOCUMENTS + 10; i++) {
            Markdown wording = new Markdown("Share *data* number " + i + ".\n", "2024/r" + i + ".md", 8);
            wordings.add(wording);
            assertEquals(TextForms.forms(wording), many.reading(wording).forms());
        }
        assertEquals(MarkdownRenderer.KEPT_DOCUMENTS, many.keptDocuments());

        Markdown last = wordings.get(wordings.size() - 1);
        assertEquals(many.toHtml(last, "../"), many.reading(last).html(last, "../"), "parsed again");
        many.release(wordings.get(0));
        many.release(last);
        assertEquals(MarkdownRenderer.KEPT_DOCUMENTS - 1, many.keptDocuments());
    }
}
