package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An inline word diff reads as "old words, new words" for each changed stretch, not word against word. */
class WordingDiffGroupingTest {

    @Test
    void aReplacedPhraseIsItsOldWordsThenItsNewWordsInsteadOfAlternatingWordByWord() {
        WordingDiff diff = WordingDiff.between(
                "Subject: An arbitration process to help settle disputes over sharing data.",
                "Subject: Collaboration between departments and the resolution of disagreements over sharing data.");

        assertEquals("Subject: [-An arbitration process to help settle disputes-]"
                + "[+Collaboration between departments and the resolution of disagreements+] over sharing data.",
                shown(diff.grouped()));
    }

    @Test
    void changesSeparatedByAKeptWordStaySeparateAndBothWordingsAreKept() {
        WordingDiff diff = WordingDiff.between("Government should publish a plan for skills.",
                "Government must publish a plan for data skills and careers.");
        WordingDiff grouped = diff.grouped();

        assertEquals("Government [-should-][+must+] publish a plan for [-skills.-][+data skills and careers.+]",
                shown(grouped));
        assertEquals(side(diff, WordingDiff.Kind.ADDED), side(grouped, WordingDiff.Kind.ADDED));
        assertEquals(side(diff, WordingDiff.Kind.REMOVED), side(grouped, WordingDiff.Kind.REMOVED));
    }

    /** The diff as text: removed runs in [-...-], added runs in [+...+]. */
    private static String shown(WordingDiff diff) {
        return diff.parts().stream().map(part -> switch (part.kind()) {
            case SAME -> part.text();
            case REMOVED -> "[-" + part.text() + "-]";
            case ADDED -> "[+" + part.text() + "+]";
        }).collect(Collectors.joining());
    }

    /** One wording's words, as the diff gives them (the earlier without added runs, the later without removed). */
    private static List<String> side(WordingDiff diff, WordingDiff.Kind left) {
        return List.of(diff.parts().stream().filter(part -> part.kind() != left).map(WordingDiff.Part::text)
                .collect(Collectors.joining(" ")).strip().split("\\s+"));
    }
}
