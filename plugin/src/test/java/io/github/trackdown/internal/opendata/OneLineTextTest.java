package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.model.Spaces;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OneLineTextTest {

    @Test
    void runsOfWhiteSpaceAcrossPiecesAreOneSpaceAndTheEndsAreStripped() {
        OneLineText text = new OneLineText().append(" \n Share").append('\t').append(" data\r\n").append("now\u000B")
                .append(new StringBuilder("\f more  "), 0, 7);
        assertEquals("Share data now more", text.stripped());
    }

    @Test
    void manyPiecesGiveWhatCollapsingThenStrippingTheWholeTextGives() {
        String pieces = "ab é→🙂 \t\n\r\u000B\f\u2003\u001C\u00A0";
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            OneLineText text = new OneLineText();
            StringBuilder whole = new StringBuilder();
            for (int piece = random.nextInt(40); piece > 0; piece--) {
                StringBuilder part = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    part.append(pieces.charAt(random.nextInt(pieces.length())));
                }
                if (random.nextInt(4) == 0 && part.length() == 1) {
                    text.append(part.charAt(0));
                } else {
                    text.append(part.toString());
                }
                whole.append(part);
            }
            assertEquals(Spaces.collapse(whole).strip(), text.stripped());
        }
    }
}
