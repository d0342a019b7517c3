package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    private static final Abbreviations OSR = new Abbreviations(ordered(
            "CDDO", "Central Digital and Data Office",
            "ADR UK", "Administrative Data Research UK",
            "IDS", "Integrated Data Service"));

    @Test
    void onlyTheFirstUseOnAPageIsMarked() {
        assertEquals("<body><p>The <abbr title=\"Central Digital and Data Office\">CDDO</abbr> leads; the CDDO"
                + " agrees.</p></body>", OSR.mark("<body><p>The CDDO leads; the CDDO agrees.</p></body>"));
    }

    @Test
    void anAbbreviationOfTwoWordsIsMarkedWhole() {
        assertEquals("<body><p>Support from <abbr title=\"Administrative Data Research UK\">ADR UK</abbr>.</p>"
                + "</body>", OSR.mark("<body><p>Support from ADR UK.</p></body>"));
    }

    @Test
    void partsOfWordsAndOtherCapitalsAreNotAbbreviations() {
        String page = "<body><p>The IDSA ids and kIDS.</p></body>";

        assertEquals(page, OSR.mark(page));
    }

    @Test
    void theHeadAttributesAndCodeAreLeftAlone() {
        String page = "<html><head><title>IDS</title></head><body><a href=\"#\" title=\"IDS\">x</a>"
                + "<code>IDS</code><select><option>IDS</option></select><p>IDS</p></body></html>";

        assertEquals("<html><head><title>IDS</title></head><body><a href=\"#\" title=\"IDS\">x</a>"
                + "<code>IDS</code><select><option>IDS</option></select><p><abbr title=\"Integrated Data"
                + " Service\">IDS</abbr></p></body></html>", OSR.mark(page));
    }

    @Test
    void anAbbreviationAlreadyMarkedByTheEditorIsNotMarkedAgain() {
        String page = "<body><p><abbr title=\"Integrated Data Service\">IDS</abbr></p></body>";

        assertEquals(page, OSR.mark(page));
    }

    @Test
    void withoutAbbreviationsThePageIsUnchanged() {
        String page = "<body><p>CDDO</p></body>";

        assertEquals(page, new Abbreviations(Map.of()).mark(page));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
