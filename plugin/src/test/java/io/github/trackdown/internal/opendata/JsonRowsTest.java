package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowsTest {

    /** Values at every edge of JSON's escaping: quotes, backslashes, control characters, beyond ASCII, surrogates. */
    private static final List<String> AWKWARD = List.of("", "plain", "say \"hi\"", "back\\slash", "a/b",
            "tab\tnew\nline\rcarriage\bback\fform", "\u0000\u0001\u001f\u007f", "é ünïcode → done 日本",
            "emoji 🙂", "a lone \uD83D high", "a lone \uDE42 low", "=1+2", "-3", "\u2028\u2029", "\uFFFF",
            "why? caf\u00e9 ?", "why? 日本 ?", "?🙂");

    @Test
    void everyRowIsWrittenExactlyAsJacksonsWriteStringWritesItsCells() throws IOException {
        List<DataColumn> columns = DataColumn.builtIn(name -> name);
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            // The same wording in two rows, as a wording kept from one review to the next: escaped once.
            rows.add(new DataRow(value(i), 2023 + i % 2, LocalDate.of(2024, 3, 1), value(i + 1), value(i + 2),
                    value(i + 3), value(i + 4), value(i + 5), value(i + 6), value(i / 2), value(i + 8), value(i + 9),
                    List.of()));
        }
        DataTable table = new DataTable(columns, rows);

        String written = json(json -> JsonRows.write(table, json));

        String expected = json(json -> {
            for (DataRow row : rows) {
                json.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).holdsNumbers()) {
                        json.writeNumberField(columns.get(c).name(), Integer.parseInt(row.cell(c)));
                    } else {
                        json.writeStringField(columns.get(c).name(), row.cell(c));
                    }
                }
                json.writeEndObject();
            }
        });
        assertEquals(expected, written);
    }

    private interface Writing {
        void to(JsonGenerator json) throws IOException;
    }

    /** What the writing gives inside a pretty-printed array, as the portfolio's combined JSON holds the rows. */
    private static String json(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            writing.to(json);
            json.writeEndArray();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String value(int index) {
        return AWKWARD.get(index % AWKWARD.size());
    }
}
