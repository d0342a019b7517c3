package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Comparing two wordings costs time in proportion to their length, whatever they hold. */
public class WordingDiffCostTest {

    /** {@code words} words in sentences of 5 to 24 words, from a vocabulary of 3,000 made-up words. */
    public static String prose(int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int sentence = 5 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            text.append("w").append(random.nextInt(3_000));
            if (--sentence == 0) {
                text.append(i % 7 == 0 ? ".\n\n" : ". ");
                sentence = 5 + random.nextInt(20);
            } else {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** The same text with one word in {@code every} replaced, one inserted and one deleted in as many. */
    public static String reworded(String text, int every, long seed) {
        Random random = new Random(seed);
        String[] words = text.split(" ", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            int change = random.nextInt(every * 3);
            if (change == 0) {
                out.append("changed").append(i);
            } else if (change == 1) {
                out.append("inserted ").append(words[i]);
            } else if (change != 2) {
                out.append(words[i]);
            }
            out.append(i + 1 < words.length ? " " : "");
        }
        return out.toString();
    }

    @Test
    void aRewordingOf40000WordsIsComparedWordByWordInWellUnderASecond() {
        String before = prose(40_000, 1);
        String after = reworded(before, 40, 2);

        WordingDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> timed("40,000 words reworded",
                () -> WordingDiff.between(before, after)));

        assertRebuildsBoth(before, after, diff);
        long removedRuns = diff.parts().stream().filter(p -> p.kind() == WordingDiff.Kind.REMOVED).count();
        assertTrue(removedRuns > 500, "the changes are shown word by word, not as one rewrite: " + removedRuns);
    }

    @Test
    void twoUnrelatedWordingsOf40000WordsAreComparedInLinearTime() {
        String before = prose(40_000, 3);
        String after = prose(40_000, 4);

        WordingDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> timed("40,000 unrelated words",
                () -> WordingDiff.between(before, after)));

        assertRebuildsBoth(before, after, diff);
    }

    @Test
    void aHeavilyRewordedWordingOf40000WordsIsComparedInLinearTime() {
        String before = prose(40_000, 8);
        String after = reworded(before, 3, 9);

        WordingDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> timed("40,000 words, one in three"
                + " changed", () -> WordingDiff.between(before, after)));

        assertRebuildsBoth(before, after, diff);
    }

    @Test
    void aMegabyteOfOneRepeatedWordIsComparedInLinearTime() {
        String before = "*a ".repeat(330_000);
        String after = "*b ".repeat(330_000);

        WordingDiff diff = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> timed("1 MB of `*a `",
                () -> WordingDiff.between(before, after)));

        assertRebuildsBoth(before, after, diff);
    }

    @Test
    void shortWordingsAreStillComparedWordByWord() {
        WordingDiff diff = WordingDiff.between("Share the data with researchers.", "Share data with all researchers.");

        assertEquals(java.util.List.of(new WordingDiff.Part(WordingDiff.Kind.SAME, "Share "),
                new WordingDiff.Part(WordingDiff.Kind.REMOVED, "the "),
                new WordingDiff.Part(WordingDiff.Kind.SAME, "data with"),
                new WordingDiff.Part(WordingDiff.Kind.ADDED, " all"),
                new WordingDiff.Part(WordingDiff.Kind.SAME, " researchers.")), diff.parts());
    }

    @Test
    void doublingTheInputAtMostAboutDoublesTheTime() {
        // Quadratic cost would show as a factor of 4 per doubling; allow 3 (and 50 ms) for noise on a shared machine.
        String[] kinds = {"reworded", "heavily reworded", "unrelated", "repeated"};
        for (String kind : kinds) {
            long small = bestOf(5, () -> compare(kind, 40_000));
            long large = bestOf(5, () -> compare(kind, 80_000));
            System.out.printf("WordingDiffCostTest: %s, 40,000 words %d ms, 80,000 words %d ms%n", kind,
                    small / 1_000_000, large / 1_000_000);
            assertTrue(large < 3 * small + 50_000_000L, kind + ": " + small / 1_000_000 + " ms for 40,000 words, "
                    + large / 1_000_000 + " ms for 80,000");
        }
    }

    private static void compare(String kind, int words) {
        String before = kind.equals("repeated") ? "*a ".repeat(words) : prose(words, 5);
        String after = switch (kind) {
            case "reworded" -> reworded(before, 40, 6);
            case "heavily reworded" -> reworded(before, 3, 6);
            case "unrelated" -> prose(words, 7);
            default -> "*b ".repeat(words);
        };
        assertFalse(WordingDiff.between(before, after).unchanged());
    }

    private static long bestOf(int runs, Runnable task) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> task) {
        long start = System.nanoTime();
        T result = task.get();
        System.out.printf("WordingDiffCostTest: %s compared in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static void assertRebuildsBoth(String before, String after, WordingDiff diff) {
        assertEquals(normalised(before), joined(diff, WordingDiff.Kind.ADDED));
        assertEquals(normalised(after), joined(diff, WordingDiff.Kind.REMOVED));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String joined(WordingDiff diff, WordingDiff.Kind without) {
        return String.join("", diff.parts().stream().filter(p -> p.kind() != without).map(WordingDiff.Part::text)
                .toList());
    }
}
