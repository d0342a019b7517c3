package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SheetXmlTest {

    private static final String CELL = "<table:table-cell office:value-type=\"string\"><text:p>";
    private static final String END = "</text:p></table:table-cell>";

    @Test
    void markupCharactersAreEscapedAndSpacesTabsAndBreaksBecomeOdfMarks() throws IOException {
        assertEquals(CELL + "<text:s text:c=\"2\"/>a &amp; b<text:s text:c=\"4\"/>&lt;i&gt; &quot;q&quot; 'x'"
                + "<text:tab/>end<text:line-break/>next " + END, cell("  a & b    <i> \"q\" 'x'\tend\nnext "));
    }

    @Test
    void anEmptyTextIsAnEmptyCellAndAStyleIsNamed() throws IOException {
        assertEquals("<table:table-cell/>", cell(""));
        assertEquals("<table:table-cell table:style-name=\"header\" office:value-type=\"string\"><text:p>id" + END,
                written(xml -> xml.text("id", "header")));
        assertEquals("<table:table-cell table:style-name=\"header\"/>", written(xml -> xml.text("", "header")));
    }

    @Test
    void textBeyondAsciiIsUtf8WithASurrogatePairAsOneCharacter() throws IOException {
        assertEquals(CELL + "é → ünïcode 🙂 日本" + END, cell("é → ünïcode 🙂 日本"));
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutAndALoneSurrogateIsAQuestionMark() throws IOException {
        assertEquals(CELL + "abcde" + END, cell("a\u0001b\rc\uFFFEd\uFFFFe"));
        assertEquals(CELL + "?x?" + END, cell("\uD83Dx\uDE42"));
        assertEquals(CELL + "?&amp;" + END, cell("\uD83D&"));
        assertEquals(CELL + "🙂" + END, cell("\uD83D\u0001\uDE42"), "a pair whose halves only a left-out "
                + "character parts is one character, as a character stream writer makes it");
    }

    @Test
    void aLongTextIsWrittenWholeAcrossBlocksExactlyAsEscapingCharacterByCharacterWrites() throws IOException {
        String pieces = "abc  ,.&<>\"é→🙂\t\n\r\u0001 ";
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            int at = random.nextInt(pieces.length());
            if (Character.isHighSurrogate(pieces.charAt(at))) {
                text.append(pieces, at, at + 2);
            } else if (!Character.isLowSurrogate(pieces.charAt(at))) {
                text.append(pieces.charAt(at));
            }
        }
        assertEquals(CELL + escapedOneByOne(text.toString()) + END, cell(text.toString()));
    }

    @Test
    void aQuestionMarkIsKeptAndACharacterBeyondLatin1AfterOneIsStillWrittenWhole() throws IOException {
        assertEquals(CELL + "why? café ?" + END, cell("why? café ?"));
        assertEquals(CELL + "why? 日本 ?" + END, cell("why? 日本 ?"));
        assertEquals(CELL + "?🙂" + END, cell("?🙂"));
    }

    @Test
    void aCellEncodedInMemoryHasTheBytesTheStreamWritesBetweenTheCellsMarkup() throws IOException {
        String latin1 = "  café & <b>  \"why?\"\t\n ".repeat(2_000);
        for (String text : List.of("plain", "why? 日本 ?", "?🙂", "a\u0001b\rc\uFFFEd", latin1, latin1 + "日本")) {
            byte[] encoded = SheetXml.CELLS.encoder().encode(text, 0);
            assertEquals(cell(text), CELL + new String(encoded, StandardCharsets.UTF_8) + END);
            assertEquals(cell(text), written(xml -> xml.text(encoded)));
        }
    }

    @Test
    void aNumberCellHoldsItsValueAndItsText() throws IOException {
        assertEquals("<table:table-cell office:value-type=\"float\" office:value=\"-0.5\"><text:p>-0.5" + END,
                written(xml -> xml.number("-0.5")));
    }

    private static String cell(String text) throws IOException {
        return written(xml -> xml.text(text, null));
    }

    private interface Writing {
        void to(SheetXml xml) throws IOException;
    }

    private static String written(Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetXml xml = new SheetXml(out);
        writing.to(xml);
        xml.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The rule of {@link SheetXml#text}, a character at a time, for text without lone surrogates. */
    private static String escapedOneByOne(String text) {
        StringBuilder to = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && (i == 0 || i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                int end = i;
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                to.append("<text:s text:c=\"").append(end - i).append("\"/>");
                i = end - 1;
            } else if (c == '\t') {
                to.append("<text:tab/>");
            } else if (c == '\n') {
                to.append("<text:line-break/>");
            } else if (c == '&' || c == '<' || c == '>' || c == '"') {
                to.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : "&quot;");
            } else if (c >= ' ') {
                to.append(c);
            }
        }
        return to.toString();
    }
}
