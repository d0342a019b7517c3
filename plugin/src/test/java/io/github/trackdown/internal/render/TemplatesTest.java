package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    final Templates templates = new Templates();

    @Test
    void aValueTheViewDoesNotHaveFailsInsteadOfRenderingEmpty() {
        record NoSlug(String name, String href) {
        }

        MustacheException failure = assertThrows(MustacheException.class,
                () -> templates.render("status-label", new NoSlug("Not met", "statuses.html#not-met")));
        assertTrue(String.valueOf(failure.getMessage()).contains("slug")
                || String.valueOf(failure.getCause()).contains("slug"), failure.toString());
    }

    @Test
    void textIsEscapedForHtml() {
        String html = templates.render("status-label",
                new PartViews.StatusLabel("<script>alert(1)</script>", "x", "statuses.html#x"));

        assertEquals("<span class=\"status status-x\">&lt;script&gt;alert(1)&lt;/script&gt;</span>", html);
    }

    @Test
    void everyPageTemplateRendersWithTheLayout() {
        Views.Page page = new Views.Page("en", "Title", "Site", "", List.of(), "As of now.", "", "",
                Messages.forLanguage("en").templateFunction(), List.of(), "",
                new PublicationViews.Footer("", "", "", "", "", "", "1 July 2024", "2024-07-01"), "", "", null);
        String html = templates.render("not-found", page, new Object());

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>Page not found</h1>"), html);
    }

    @Test
    void anOverrideFolderIsNeverLeftThroughATemplateName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path overrides = java.nio.file.Files.createDirectories(folder.resolve("templates"));
        java.nio.file.Files.writeString(folder.resolve("secret.mustache"), "secret");

        Templates withOverrides = new Templates(overrides);

        assertThrows(MustacheException.class, () -> withOverrides.render("../secret"));
    }

    @Test
    void aReusedPartialGivesTheSameHtmlWhenMetFirstAndWhenKept(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("labels.mustache"), "{{#items}}{{>status-label}};{{/items}}");
        Templates templates = new Templates(folder);
        PartViews.StatusLabel met = new PartViews.StatusLabel("Met → done", "met", "met.html");
        PartViews.StatusLabel open = new PartViews.StatusLabel("Open", "open", "open.html");
        Map<String, Object> view = Map.of("items", List.of(met, open, met, met));
        String metHtml = "<span class=\"status status-met\">Met → done</span>;";
        String expected = metHtml + "<span class=\"status status-open\">Open</span>;" + metHtml + metHtml;

        assertEquals(expected, templates.render("labels", view));
        assertEquals(expected, new String(templates.renderUtf8("labels", view), StandardCharsets.UTF_8));
    }

    @Test
    void valuesAreEscapedExactlyAsMustacheEscapesThem() {
        java.util.Random random = new java.util.Random(4);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                value.append(random.nextInt(3) == 0 ? (char) random.nextInt(128) : "aé€ ".charAt(random.nextInt(4)));
            }
            java.io.StringWriter ours = new java.io.StringWriter();
            java.io.StringWriter mustaches = new java.io.StringWriter();
            Utf8Writer oursInUtf8 = new Utf8Writer(4);
            Templates.escape(value.toString(), ours);
            Templates.escape(value.toString(), oursInUtf8);
            com.github.mustachejava.util.HtmlEscaper.escape(value.toString(), mustaches);
            assertEquals(mustaches.toString(), ours.toString(), value.toString());
            assertEquals(mustaches.toString(), new String(oursInUtf8.toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8), value.toString());
        }
    }
}
