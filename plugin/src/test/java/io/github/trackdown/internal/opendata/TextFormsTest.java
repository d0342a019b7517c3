package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.model.Markdown;
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
