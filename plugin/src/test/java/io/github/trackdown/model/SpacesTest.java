package io.github.trackdown.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void collapsesWhiteSpaceExactlyAsTheRegexDoes() {
        Random random = new Random(9);
        String alphabet = "aZ? \t\n\r\u000B\f\u00A0\u2003é\u00FF";
        for (int n = 0; n < 6_000; n++) {
            // Half the texts all Latin-1 (the letters, the spaces, é and ÿ), half with an em space.
            String letters = n % 2 == 0 ? alphabet.replace("\u2003", "") : alphabet;
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), Spaces.collapse(text), text.toString());
            assertEquals(text.toString().replaceAll("\\s+", " "), Spaces.collapse(text.toString()), text.toString());
        }
    }

    @Test
    void textWithNothingToCollapseIsReturnedAsItIs() {
        String text = "Share the data, now \u2003 é.";
        assertSame(text, Spaces.collapse(text));
        String latin1 = "Share the data, café?";
        assertSame(latin1, Spaces.collapse(latin1));
        assertEquals("Share the data.", Spaces.collapse(new StringBuilder("Share the data.")));
        assertEquals("Share the data.", Spaces.collapse("Share  the\ndata."));
    }
}
