package io.github.trackdown.internal.compare;

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
        if (before.equals(after)) {
            return true;
        }
        String a = before.strip();
        String b = after.strip();
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean spaceA = Spaces.isSpace(a.charAt(i));
            boolean spaceB = Spaces.isSpace(b.charAt(j));
            if (spaceA != spaceB) {
                return false;
            }
            if (spaceA) {
                while (i < a.length() && Spaces.isSpace(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Spaces.isSpace(b.charAt(j))) {
                    j++;
                }
            } else if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
        return i == a.length() && j == b.length();
    }

    /** Compares an earlier and a later wording. */
    public static WordingDiff between(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        if (from.equals(to)) {
            // What the diff gives for equal wordings, without running it.
            return new WordingDiff(from.isEmpty() ? List.of() : List.of(new Part(Kind.SAME, String.join("", from))));
        }
        // The words both share at the start and at the end are kept as they are: only the middle is diffed.
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from.get(prefix).equals(to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix
                && from.get(from.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        List<Part> parts = new ArrayList<>();
        add(parts, Kind.SAME, from.subList(0, prefix));
        List<String> middleFrom = from.subList(prefix, from.size() - suffix);
        List<String> middleTo = to.subList(prefix, to.size() - suffix);
        for (AbstractDelta<String> delta : DiffUtils.diff(middleFrom, middleTo, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                add(parts, Kind.SAME, delta.getSource().getLines());
            } else {
                add(parts, Kind.REMOVED, delta.getSource().getLines());
                add(parts, Kind.ADDED, delta.getTarget().getLines());
            }
        }
        add(parts, Kind.SAME, from.subList(from.size() - suffix, from.size()));
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
