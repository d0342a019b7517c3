package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewObjectHandlerTest {

    public record Link(String label, String href) {
    }

    public record Item(String label, List<Link> links, boolean open) {
    }

    public record Page(String root, String label, List<Item> items) {
    }

    /** A view with a getter, an is-method and a field, as Mustache also finds them. */
    public static final class Bean {
        public final String field = "a field";

        public String getTitle() {
            return "a getter";
        }

        public boolean isShown() {
            return true;
        }
    }

    private static final String TEMPLATE = """
            {{root}}|{{#items}}[{{label}} {{root}}{{#open}}!{{/open}}{{^open}}?{{/open}}\
            {{#links}}<{{label}}={{href}}>{{/links}}]{{/items}}|{{label}}""";

    @Test
    void eachNameComesFromTheInnermostViewThatHasItAsInMustache(@TempDir Path folder) throws IOException {
        Page page = new Page("../", "page", List.of(
                new Item("first", List.of(new Link("a", "a.html"), new Link("b&c", "b.html")), true),
                new Item("second", List.of(), false)));

        assertEquals(mustache(TEMPLATE, page), rendered(folder, TEMPLATE, page));
    }

    @Test
    void aTagMetUnderScopesOfOtherShapesFindsEachTimeWhatMustacheFinds(@TempDir Path folder) throws IOException {
        // The same tags see a link inside an item (whose label comes first) and a link straight inside the page.
        String template = "{{#items}}{{#links}}{{label}}:{{root}};{{/links}}{{/items}}"
                + "{{#links}}{{label}}:{{root}};{{/links}}";
        Map<String, Object> view = new HashMap<>(Map.of("root", "/", "links", List.of(new Link("outer", "o.html")),
                "items", List.of(new Item("item", List.of(new Link("inner", "i.html")), true))));

        String expected = mustache(template, view);
        assertEquals(expected, rendered(folder, template, view));
        assertEquals("inner:/;outer:/;", expected);
    }

    @Test
    void aMapIsAskedForItsKeysAgainEveryTime(@TempDir Path folder) throws IOException {
        String template = "{{#items}}{{#links}}{{label}}{{/links}}{{/items}}";
        Templates templates = templates(folder, template);
        Map<String, Object> withLabel = Map.of("label", "from the map", "links", List.of(new Link("link", "l")));
        Map<String, Object> withoutLabel = Map.of("links", List.of(Map.of("href", "h")));

        assertEquals("from the map", templates.render("view", Map.of("items", List.of(
                Map.of("links", List.of(withLabel))))));
        assertEquals("outer", templates.render("view", Map.of("label", "outer", "items", List.of(withoutLabel))));
    }

    @Test
    void gettersIsMethodsFieldsAndDottedNamesAreFoundAsMustacheFindsThem(@TempDir Path folder) throws IOException {
        String template = "{{title}} {{#shown}}shown{{/shown}} {{field}} {{bean.title}}";
        Map<String, Object> view = Map.of("bean", new Bean(), "title", "outer title");

        assertEquals(mustache(template, List.of(view, new Bean())),
                templates(folder, template).render("view", view, new Bean()));
        assertEquals("a getter shown a field a getter", templates(folder, template).render("view", view, new Bean()));
    }

    @Test
    void aNameNoViewHasFailsEvenAfterTheTagFoundItInOtherViews(@TempDir Path folder) throws IOException {
        Templates templates = templates(folder, "{{#links}}{{href}}{{/links}}");

        assertEquals("a.html", templates.render("view", Map.of("links", List.of(new Link("a", "a.html")))));
        MustacheException failure = assertThrows(MustacheException.class,
                () -> templates.render("view", Map.of("links", List.of(Map.of("label", "no href")))));
        assertEquals(true, String.valueOf(failure.getMessage()).contains("href")
                || String.valueOf(failure.getCause()).contains("href"), failure.toString());
    }

    private static Templates templates(Path folder, String template) throws IOException {
        Files.writeString(folder.resolve("view.mustache"), template);
        return new Templates(folder);
    }

    private static String rendered(Path folder, String template, Object view) throws IOException {
        Templates templates = templates(folder, template);
        String once = templates.render("view", view);
        assertEquals(once, templates.render("view", view), "rendered again, from what the tags learnt");
        assertEquals(once, new String(templates.renderUtf8("view", view), java.nio.charset.StandardCharsets.UTF_8));
        return once;
    }

    private static String mustache(String template, Object scopes) {
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory().compile(new StringReader(template), "view").execute(out,
                scopes instanceof List<?> list ? List.copyOf(list) : List.of(scopes));
        return out.toString();
    }
}
