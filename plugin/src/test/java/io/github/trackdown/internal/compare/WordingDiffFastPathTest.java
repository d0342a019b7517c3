package io.github.trackdown.internal.compare;

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
    void joinedRunsAreTheTextWithWhiteSpaceCollapsedAsTheRegexDid() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ab \t\n\r\u000B\f\u00A0\u2003é";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().strip().replaceAll("\\s+", " ");
            String joined = String.join("", WordingDiff.between(text.toString(), text.toString()).parts().stream()
                    .map(WordingDiff.Part::text).toList());
            assertEquals(expected, joined, text.toString());
            assertTrue(WordingDiff.sameWords(text.toString(), expected));
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

    @Test
    void onRandomWordingsTheDiffRebuildsBothTextsAndAgreesWithSameWords() {
        java.util.Random random = new java.util.Random(11);
        String[] words = {"share", "data", "fund", "  ", "\n", " ", "now."};
        for (int n = 0; n < 3_000; n++) {
            String before = randomText(random, words);
            String after = random.nextInt(4) == 0 ? before.replace(" ", "\n ") : randomText(random, words);
            WordingDiff diff = WordingDiff.between(before, after);

            assertEquals(normalised(before), joined(diff, WordingDiff.Kind.ADDED), before + " / " + after);
            assertEquals(normalised(after), joined(diff, WordingDiff.Kind.REMOVED), before + " / " + after);
            assertEquals(diff.unchanged(), WordingDiff.sameWords(before, after), before + " / " + after);
        }
    }

    private static String randomText(java.util.Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The text the diff gives when the runs of one kind are left out. */
    private static String joined(WordingDiff diff, WordingDiff.Kind without) {
        return String.join("", diff.parts().stream().filter(p -> p.kind() != without).map(WordingDiff.Part::text)
                .toList());
    }
}
