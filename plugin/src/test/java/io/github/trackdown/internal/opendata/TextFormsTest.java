package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trackdown.model.Markdown;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class TextFormsTest {

    private static Markdown markdown(String text) {
        return new Markdown(text, "2024/r1.md", 9);
    }

    @Test
    void theJsonFormJoinsTheLinesOfAParagraphButKeepsParagraphsListsAndTablesAsWritten() {
        String unwrapped = TextForms.unwrapped(markdown("""
                Government should publish
                its data, with **care**.

                - first item
                  wrapped
                - second item

                | year | count |
                | ---- | ----- |
                | 2024 | 3     |
                """));

        assertEquals("""
                Government should publish its data, with **care**.

                - first item wrapped
                - second item

                | year | count |
                | ---- | ----- |
                | 2024 | 3     |""", unwrapped);
    }

    @Test
    void theJsonFormKeepsHardBreaksAndJoinsLinesInsideQuotesAndListsWithoutTheirMarkers() {
        assertEquals("""
                An address:\\
                1 Drummond Gate \s
                London

                > quoted and wrapped

                1. first wrapped""", TextForms.unwrapped(markdown("""
                An address:\\
                1 Drummond Gate \s
                London

                > quoted and
                > wrapped

                1. first
                   wrapped
                """)));
    }

    @Test
    void theTableFormIsPlainTextOnOneLine() {
        assertEquals("Government should publish its data, with care. first item second item",
                TextForms.plain(markdown("""
                        Government should publish
                        its data, with **care**.

                        - first item
                        - second item
                        """)));
    }

    /** Markdown whose paragraphs, links, breaks and blocks could make a reading of it go wrong. */
    static final List<String> AWKWARD = List.of("""
            [ref]: https://example.org/ "A title"
            Government should publish
            its data, with `code
            across lines` and a [link
            by reference][ref].
            """, """
            > quoted and
            lazily continued
            - item with <b
            class="x">html</b>
              and more

            | a | b |
            |---|---|
            | 1 | 2 |
            next line\\
            after a hard break\s\s
            and spaces
            """, "One line only.", """
            ```
            code
            kept
            ```
               Indented start
            	and a tab
            """);

    @Test
    void bothFormsFromOneReadingAreTheFormsEachGivesAlone() {
        for (String text : AWKWARD) {
            TextForms.Forms forms = TextForms.forms(markdown(text));
            assertEquals(TextForms.plain(markdown(text)), forms.plain(), text);
            assertEquals(TextForms.unwrapped(markdown(text)), forms.unwrapped(), text);
        }
        assertEquals(new TextForms.Forms("", ""), TextForms.forms(markdown(" \n")));
    }

    @Test
    void bothFormsNeedTheLinesOfTheBlocks() {
        Node document = Parser.builder().build().parse("Two\nlines");
        assertThrows(IllegalArgumentException.class, () -> TextForms.forms(document, "Two\nlines"));
    }

    @Test
    void blankTextStaysEmptyInBothForms() {
        assertEquals("", TextForms.plain(markdown("  \n")));
        assertEquals("", TextForms.unwrapped(markdown("  \n")));
    }

    @Test
    void onlyValuesThatWouldStartAFormulaAreQuoted() {
        assertEquals("'=1+2", CellSafety.safe("=1+2"));
        assertEquals("'+44 20", CellSafety.safe("+44 20"));
        assertEquals("-1", CellSafety.safe("-1"));
        assertEquals("'-1+2", CellSafety.safe("-1+2"));
        assertEquals("'@SUM(A1)", CellSafety.safe("@SUM(A1)"));
        assertEquals("'\tx", CellSafety.safe("\tx"));
        assertEquals("1 = 1", CellSafety.safe("1 = 1"));
        assertEquals("", CellSafety.safe(""));
    }
}
