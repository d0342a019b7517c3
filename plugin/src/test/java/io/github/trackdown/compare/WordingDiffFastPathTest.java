package io.github.trackdown.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordingDiffFastPathTest {

    @Test
    void sameWordsAgreesWithTheDiff() {
        String[][] pairs = {{"Share data.", "Share data."}, {"Share  data\nnow.", " Share data now. "},
            {"Share data.", "Share more data."}, {"", ""}, {"", "New."}, {"a b", "b a"}};
        for (String[] pair : pairs) {
            assertEquals(WordingDiff.between(pair[0], pair[1]).unchanged(), WordingDiff.sameWords(pair[0], pair[1]),
                    pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void equalWordingsAreOneUnchangedRun() {
        WordingDiff diff = WordingDiff.between("Share  data\nnow.", "Share data now.");
        assertTrue(diff.unchanged());
        assertEquals(List.of(new WordingDiff.Part(WordingDiff.Kind.SAME, "Share data now.")), diff.parts());
        assertEquals(List.of(), WordingDiff.between(" ", "").parts());
        assertFalse(WordingDiff.between("Share data.", "Share more data.").unchanged());
    }
}
