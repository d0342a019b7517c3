package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.TemplateFunction;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCodesTest {

    private static final Pattern TAG = Pattern.compile("\\{\\{\\{?[#^/&]?\\s*([\\w]+)");

    @Test
    void everyInterfaceWordOfEveryBundleIsWrittenAsMustacheWritesIt(@TempDir Path folder) throws IOException {
        for (String language : Messages.SHIPPED) {
            Messages messages = Messages.forLanguage(language);
            String template = messages.keys().stream().sorted().map(key -> "{{#t}}" + key + "{{/t}}")
                    .collect(Collectors.joining("\n|\n"));
            // Every name the words use, given a value of its own.
            Map<String, Object> view = new HashMap<>();
            messages.keys().forEach(key -> TAG.matcher(messages.text(key)).results()
                    .forEach(tag -> view.put(tag.group(1), tag.group(1) + " & co")));
            view.put("t", messages.templateFunction());

            String ours = rendered(folder, template, view);

            assertEquals(mustache(template, view), ours, language);
            assertTrue(ours.length() > 1000, language);
        }
    }

    @Test
    void aFunctionsResultWithATagInItIsStillRenderedAsATemplate(@TempDir Path folder) throws IOException {
        TemplateFunction words = key -> key.equals("greeting") ? "Hello {{name}} & <friends>" : "plain " + key;
        String template = "{{#t}}greeting{{/t}}; {{#t}}other{{/t}}; {{#t}}greeting{{/t}}";
        Map<String, Object> view = Map.of("t", words, "name", "Ann & Bo");

        assertEquals("Hello Ann &amp; Bo & <friends>; plain other; Hello Ann &amp; Bo & <friends>",
                rendered(folder, template, view));
        assertEquals(mustache(template, view), rendered(folder, template, view));
    }

    @Test
    void aCarriageReturnOnItsOwnIsDroppedFromAFunctionsResultAsMustacheDropsIt(@TempDir Path folder)
            throws IOException {
        TemplateFunction words = key -> "one\rtwo\r\nthree";
        Map<String, Object> view = Map.of("t", words);

        assertEquals(mustache("{{#t}}x{{/t}}", view), rendered(folder, "{{#t}}x{{/t}}", view));
        assertFalse(TemplateCodes.isPlainText("one\rtwo", "{{"));
        assertFalse(TemplateCodes.isPlainText("a {b}", "{{"));
        assertTrue(TemplateCodes.isPlainText("Status: → done & dusted\n", "{{"));
    }

    @Test
    void theTemplatesOwnTextIsWrittenAroundValuesAndSectionsAsMustacheWritesIt(@TempDir Path folder)
            throws IOException {
        String template = """
                <p>Café → {{a}}</p>
                {{#list}}  <li>{{.}} ↑</li>
                {{/list}}{{^list}}none{{/list}}
                {{! a comment }}after 😀 the comment
                {{=<% %>=}}<%a%> with other delimiters {{b}}<%={{ }}=%>
                {{{b}}} end""";
        Map<String, Object> view = Map.of("a", "A&B", "b", "<b>", "list", List.of("one", "two"));

        assertEquals(mustache(template, view), rendered(folder, template, view));
    }

    private static String rendered(Path folder, String template, Object view) throws IOException {
        Files.writeString(folder.resolve("view.mustache"), template);
        Templates templates = new Templates(folder);
        String asText = templates.render("view", view);
        assertEquals(asText, new String(templates.renderUtf8("view", view), StandardCharsets.UTF_8));
        assertEquals(asText, new String(templates.renderUtf8("view", view), StandardCharsets.UTF_8), "again");
        return asText;
    }

    private static String mustache(String template, Object view) {
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory().compile(new StringReader(template), "view").execute(out, List.of(view));
        return out.toString();
    }
}
