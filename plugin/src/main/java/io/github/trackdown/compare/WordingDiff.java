package io.github.trackdown.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.github.trackdown.model.Spaces;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-level difference between two wordings of a recommendation, computed with java-diff-utils.
 *
 * <p>Words and the spaces between them are compared as tokens, so a changed word shows as one word removed and
 * one added, and line breaks in the Markdown do not count as changes.
 *
 * @param parts the wording as a sequence of unchanged, removed and added runs of text
 */
public record WordingDiff(List<Part> parts) {

    public WordingDiff {
        parts = List.copyOf(parts);
    }

    /** What happened to a run of text. */
    public enum Kind {
        /** In both wordings. */
        SAME,
        /** Only in the earlier wording. */
        REMOVED,
        /** Only in the later wording. */
        ADDED
    }

    /**
     * A run of text and what happened to it.
     *
     * @param kind same, removed or added
     * @param text the text
     */
    public record Part(Kind kind, String text) {
    }

    /** Whether the two wordings are the same, word for word. */
    public boolean unchanged() {
        return parts.stream().allMatch(p -> p.kind() == Kind.SAME);
    }

    /**
     * Whether two wordings are the same word for word, as {@code between(before, after).unchanged()} says, without
     * computing the difference: most recommendations keep their wording from one review to the next.
     */
    public static boolean sameWords(String before, String after) {
        return before.equals(after) || tokens(before).equals(tokens(after));
    }

    /** Compares an earlier and a later wording. */
    public static WordingDiff between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        if (from.equals(to)) {
            // What the diff gives for equal wordings, without running it.
            return new WordingDiff(from.isEmpty() ? List.of() : List.of(new Part(Kind.SAME, String.join("", from))));
        }
        List<Part> parts = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                add(parts, Kind.SAME, delta.getSource().getLines());
            } else {
                add(parts, Kind.REMOVED, delta.getSource().getLines());
                add(parts, Kind.ADDED, delta.getTarget().getLines());
            }
        }
        return new WordingDiff(parts);
    }

    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            text = last.text() + text;
        }
        parts.add(new Part(kind, text));
    }

    /**
     * Words and runs of white space; all white space counts as one space. (What {@code \\S+|\\s+} finds on the
     * stripped text, in one pass without a regex.)
     */
    private static List<String> tokens(String text) {
        String stripped = text.strip();
        List<String> tokens = new ArrayList<>();
        int start = 0;
        while (start < stripped.length()) {
            boolean space = Spaces.isSpace(stripped.charAt(start));
            int end = start + 1;
            while (end < stripped.length() && Spaces.isSpace(stripped.charAt(end)) == space) {
                end++;
            }
            tokens.add(space ? " " : stripped.substring(start, end));
            start = end;
        }
        return tokens;
    }
}
