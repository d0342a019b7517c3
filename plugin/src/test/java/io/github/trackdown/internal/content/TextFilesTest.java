package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content files are decoded strictly, whether they are plain ASCII (read as they are) or need full decoding. */
class TextFilesTest {

    @Test
    void plainAsciiWithTabsAndLineFeedsIsReadAsItIs() {
        String text = "---\ntitle: A\t\"quoted\" ~ value\n---\nBody.\n";

        assertTrue(TextFiles.isPlainAscii(bytes(text)));
        assertEquals(text, decoded(text, new Problems()));
    }

    @Test
    void anythingElseIsNotPlainAscii() {
        for (String text : List.of("caf\u00e9", "a\rb", "a\r\nb", "\uFEFFa", "a\u001bb", "a\u007fb", "a\u0000b")) {
            assertFalse(TextFiles.isPlainAscii(bytes(text)), text);
        }
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkInOtherwiseAsciiTextAreNormalised() {
        assertEquals("a\nb\nc", decoded("\uFEFFa\r\nb\rc", new Problems()));
    }

    @Test
    void aControlCharacterInOtherwiseAsciiTextIsReportedAtItsLineAndColumn() {
        Problems problems = new Problems();

        assertNull(decoded("one\r\ntwo \u0007bell", problems));
        assertEquals(List.of("f.md:2:5: error: this line contains the control character U+0007, which no page can"
                + " show; remove it"), messages(problems));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() {
        Problems problems = new Problems();

        assertNull(TextFiles.decode(new byte[] {'a', '\n', 'b', (byte) 0xFF}, "f.md", problems));
        assertEquals(List.of("f.md:2:1: error: this line contains bytes that are not UTF-8 text; save the file as"
                + " UTF-8 in your editor"), messages(problems));
    }

    private static String decoded(String text, Problems problems) {
        return TextFiles.decode(bytes(text), "f.md", problems);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> messages(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }
}
