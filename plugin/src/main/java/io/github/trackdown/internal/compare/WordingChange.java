package io.github.trackdown.internal.compare;

/**
 * How to show a change of wording so that it reads well: an inline word diff for a small edit, or the two wordings
 * one after the other for a rewrite.
 *
 * <p>A word diff of a rewrite interleaves two texts into nonsense ("provide encourage a departments way to
 * arbitrate collaborate"). It is shown inline only when the later wording keeps at least {@link #KEPT_SHARE} of
 * the earlier wording's words, in order, and the changes come in at most {@link #MAX_EDITS} places (a
 * replacement, an insertion or a deletion each count once). The thresholds come from the OSR tracker's own
 * rewordings (see {@code WordingChangeTest}): its amended recommendations kept 77% or more of their words, in one
 * or two places; its rewritten ones kept a quarter or less, or changed five places.
 *
 * @param diff the word diff between the two wordings
 * @param keptShare the share of the earlier wording's words that the later one keeps, from 0 to 1
 * @param edits the number of places where words were removed, added or replaced
 * @param inline whether the diff reads well inline; otherwise show both wordings, each labelled
 */
public record WordingChange(WordingDiff diff, double keptShare, int edits, boolean inline) {

    /** The least share of words kept for an inline diff: {@value}. */
    public static final double KEPT_SHARE = 0.6;

    /** The most places changed for an inline diff: {@value}. */
    public static final int MAX_EDITS = 3;

    /** The change from an earlier wording to a later one. */
    public static WordingChange between(String before, String after) {
        WordingDiff diff = WordingDiff.between(before, after);
        int kept = 0;
        int removed = 0;
        int edits = 0;
        boolean inEdit = false;
        for (WordingDiff.Part part : diff.parts()) {
            int words = words(part.text());
            switch (part.kind()) {
                case SAME -> {
                    kept += words;
                    if (words > 0) {
                        inEdit = false;
                    }
                }
                case REMOVED, ADDED -> {
                    if (part.kind() == WordingDiff.Kind.REMOVED) {
                        removed += words;
                    }
                    if (!inEdit) {
                        edits++;
                        inEdit = true;
                    }
                }
            }
        }
        int earlier = kept + removed;
        double share = earlier == 0 ? 1 : (double) kept / earlier;
        return new WordingChange(diff, share, edits, share >= KEPT_SHARE && edits <= MAX_EDITS);
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = io.github.trackdown.model.Spaces.isSpace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
