package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.trackdown.model.FrontMatterField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of settings and the JSON Schema follow the one table of built-in front-matter fields. */
class FieldTableTest {

    @Test
    void theReadmeTableOfARecommendationsSettingsIsTheFieldTable() throws Exception {
        StringBuilder table = new StringBuilder("| setting | what to write | required |\n|---|---|---|\n");
        for (FrontMatterField field : FrontMatterField.values()) {
            table.append("| `").append(field.key()).append("` | ").append(field.help()).append(" | ")
                    .append(field.required() ? "yes" : "no").append(" |\n");
        }
        String readme = Files.readString(TemplateDocsTest.README, StandardCharsets.UTF_8);
        int section = readme.indexOf("### A recommendation file");

        assertTrue(readme.indexOf(table.toString(), section) > section, "the README's table should read:\n" + table);
    }

    @Test
    void theSchemaOfAHistoryEntryHasAPropertyForEachBuiltInFieldButTheIdRequiredWhenTheFieldIs() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/io/github/trackdown/data/tracker.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        JsonNode entry = schema.at("/properties/recommendations/items/properties/history/items");
        List<String> expected = new ArrayList<>(List.of("year"));
        for (FrontMatterField field : FrontMatterField.values()) {
            if (field != FrontMatterField.ID) {
                if (field.required()) {
                    expected.add(field.key());
                }
                String type = entry.at("/properties/" + field.key() + "/type").asText();
                assertEquals(switch (field.type()) {
                    case LIST -> "array";
                    case YES_NO -> "boolean";
                    default -> "string";
                }, type, field.key());
            }
        }
        expected.addAll(List.of("wording", "comment", "url"));
        List<String> required = new ArrayList<>();
        entry.get("required").forEach(name -> required.add(name.asText()));

        assertEquals(expected, required);
        assertEquals("^" + io.github.trackdown.internal.check.ContentChecker.ID.pattern() + "$",
                schema.at("/properties/recommendations/items/properties/id/pattern").asText());
    }
}
