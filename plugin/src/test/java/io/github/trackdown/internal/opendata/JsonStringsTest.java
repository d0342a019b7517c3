package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void aFieldIsWrittenAsJacksonsWriteStringFieldWritesItAndATextWrittenAgainIsTheSame() throws IOException {
        String kept = "A wording, \"kept\" from one review to the next\\n";
        List<String> texts = List.of("plain", kept, kept, "tab\tnew\nline \u0001 é 日本 🙂 \uD83D why?", "", kept);

        String written = json(json -> {
            JsonStrings strings = new JsonStrings();
            for (String text : texts) {
                strings.writeField(json, "wording", text);
            }
        });

        assertEquals(json(json -> {
            for (String text : texts) {
                json.writeStringField("wording", text);
            }
        }), written);
    }

    private interface Writing {
        void to(JsonGenerator json) throws IOException;
    }

    private static String json(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            writing.to(json);
            json.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
