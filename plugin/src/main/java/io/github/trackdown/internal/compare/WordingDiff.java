package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Spaces;
import java.util.ArrayList;
import java.util.List;

/**
 * The word-level difference between two wordings of a recommendation: Myers' shortest edit script on words, the
 * one java-diff-utils' {@code MyersDiff} finds (the same script, run for run), computed on numbers.
 *
 * <p>Words and the spaces between them are compared as tokens, so a changed word shows as one word removed and
 * one added, and line breaks in the Markdown do not count as changes. The cost is bounded: comparing two wordings
 * takes time in proportion to their length, whatever they hold; a long wording is compared sentence by sentence
 * first, and a stretch too long to afford word by word is shown as rewritten.
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
     * The same difference with each changed stretch as one removed run followed by one added run: changes that
     * only spaces separate are joined, so that an edit of several words in a row reads as "old words, new words"
     * instead of alternating word by word. The text of each wording is kept.
     */
    public WordingDiff grouped() {
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            if (parts.get(i).kind() == Kind.SAME) {
                out.add(parts.get(i++));
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            int end = i;
            for (int j = i; j < parts.size(); j++) {
                Part part = parts.get(j);
                if (part.kind() == Kind.SAME && !part.text().isBlank()) {
                    break;
                }
                if (part.kind() != Kind.SAME) {
                    end = j;
                }
            }
            for (int j = i; j <= end; j++) {
                Part part = parts.get(j);
                if (part.kind() != Kind.ADDED) {
                    removed.append(part.text());
                }
                if (part.kind() != Kind.REMOVED) {
                    added.append(part.text());
                }
            }
            boolean before = startsWithSpace(removed) || startsWithSpace(added);
            boolean after = endsWithSpace(removed) || endsWithSpace(added);
            if (before) {
                out.add(new Part(Kind.SAME, " "));
            }
            if (!removed.toString().isBlank()) {
                out.add(new Part(Kind.REMOVED, removed.toString().strip()));
            }
            if (!added.toString().isBlank()) {
                out.add(new Part(Kind.ADDED, added.toString().strip()));
            }
            if (after) {
                out.add(new Part(Kind.SAME, " "));
            }
            i = end + 1;
        }
        return new WordingDiff(out);
    }

    private static boolean startsWithSpace(CharSequence text) {
        return text.length() > 0 && Spaces.isSpace(text.charAt(0));
    }

    private static boolean endsWithSpace(CharSequence text) {
        return text.length() > 0 && Spaces.isSpace(text.charAt(text.length() - 1));
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
        new Budget(from.size() + to.size()).diff(middleFrom, middleTo, true, parts);
        add(parts, Kind.SAME, from.subList(from.size() - suffix, from.size()));
        return new WordingDiff(parts);
    }

    /**
     * How much comparing one wording may cost, so that no wording makes a build slower than in proportion to its
     * length. A short middle (up to {@value #SMALL} tokens) is compared word by word, however many edits it takes. A
     * longer one is compared with {@link BoundedMyers}, which stops past a number of edits the budget allows;
     * failing that, it is cut into sentences (and, in text without full stops, into runs of words that end where the
     * words themselves say, so that the same words are cut in the same places on both sides), the sentences are
     * compared, and the changed ones word by word while the budget lasts; what the budget cannot afford is shown as
     * rewritten: all removed, then all added. The budget is {@value #BASE} steps plus {@value #PER_TOKEN} per token
     * of the two wordings.
     */
    private static final class Budget {
        private static final int SMALL = 2_000;
        private static final long BASE = 2_000_000L;
        private static final long PER_TOKEN = 200L;
        /** The most edits one comparison looks for: beyond, the text is rewritten rather than edited. */
        private static final int MAX_EDITS = 3_000;

        private long left;

        Budget(int tokens) {
            this.left = BASE + PER_TOKEN * tokens;
        }

        void diff(List<String> from, List<String> to, boolean mayCut, List<Part> parts) {
            int size = from.size() + to.size();
            if (from.isEmpty() || to.isEmpty()) {
                add(parts, Kind.REMOVED, from);
                add(parts, Kind.ADDED, to);
                return;
            }
            if (size <= SMALL && (long) size * size <= left) {
                left -= (long) size * size;
                int[][] codes = codes(from, to);
                emit(BoundedMyers.diff(codes[0], codes[1], size).runs(), from, to, parts);
                return;
            }
            // Keep most of the budget for sentences when they may be needed.
            List<BoundedMyers.Run> runs = bounded(codes(from, to), mayCut ? left / 4 : left, size);
            if (runs != null) {
                emit(runs, from, to, parts);
                return;
            }
            if (mayCut) {
                List<List<String>> fromRuns = Runs.of(from);
                List<List<String>> toRuns = Runs.of(to);
                if (fromRuns.size() + toRuns.size() < size / 4 && sentences(fromRuns, toRuns, parts)) {
                    return;
                }
            }
            add(parts, Kind.REMOVED, from);
            add(parts, Kind.ADDED, to);
        }

        /** The edit script, or {@code null} when it needs more edits than {@code allowance} steps can find. */
        private List<BoundedMyers.Run> bounded(int[][] codes, long allowance, int size) {
            int maxEdits = (int) Math.min(MAX_EDITS, allowance / size - 1);
            if (maxEdits < 0) {
                return null;
            }
            BoundedMyers.Result result = BoundedMyers.diff(codes[0], codes[1], maxEdits);
            left -= result.steps();
            return result.runs();
        }

        private boolean sentences(List<List<String>> from, List<List<String>> to, List<Part> parts) {
            List<String> fromText = from.stream().map(run -> String.join("", run)).toList();
            List<String> toText = to.stream().map(run -> String.join("", run)).toList();
            List<BoundedMyers.Run> runs = bounded(codes(fromText, toText), left, from.size() + to.size());
            if (runs == null) {
                return false;
            }
            List<List<String>> removed = new ArrayList<>();
            List<List<String>> added = new ArrayList<>();
            for (BoundedMyers.Run run : runs) {
                switch (run.op()) {
                    case REMOVED -> removed.addAll(from.subList(run.from(), run.to()));
                    case ADDED -> added.addAll(to.subList(run.from(), run.to()));
                    default -> {
                        diff(flatten(removed), flatten(added), false, parts);
                        removed.clear();
                        added.clear();
                        add(parts, Kind.SAME, flatten(from.subList(run.from(), run.to())));
                    }
                }
            }
            diff(flatten(removed), flatten(added), false, parts);
            return true;
        }

        /** Adds an edit script's runs, each stretch of edits as all it removes, then all it adds. */
        private static void emit(List<BoundedMyers.Run> runs, List<String> from, List<String> to, List<Part> parts) {
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (BoundedMyers.Run run : runs) {
                switch (run.op()) {
                    case REMOVED -> removed.addAll(from.subList(run.from(), run.to()));
                    case ADDED -> added.addAll(to.subList(run.from(), run.to()));
                    default -> {
                        add(parts, Kind.REMOVED, removed);
                        add(parts, Kind.ADDED, added);
                        removed.clear();
                        added.clear();
                        add(parts, Kind.SAME, from.subList(run.from(), run.to()));
                    }
                }
            }
            add(parts, Kind.REMOVED, removed);
            add(parts, Kind.ADDED, added);
        }

        /** Both lists as numbers, equal strings as equal numbers. */
        private static int[][] codes(List<String> from, List<String> to) {
            java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
            int[][] codes = {new int[from.size()], new int[to.size()]};
            for (int i = 0; i < from.size(); i++) {
                codes[0][i] = numbers.computeIfAbsent(from.get(i), k -> numbers.size());
            }
            for (int i = 0; i < to.size(); i++) {
                codes[1][i] = numbers.computeIfAbsent(to.get(i), k -> numbers.size());
            }
            return codes;
        }

        private static List<String> flatten(List<List<String>> runs) {
            List<String> tokens = new ArrayList<>();
            runs.forEach(tokens::addAll);
            return tokens;
        }
    }

    /**
     * Cuts tokens into runs that end after a word ending a sentence or, in a run already 32 tokens long, after a
     * word whose hash says so: the same words are cut in the same places on both sides.
     */
    private static final class Runs {
        /** About one word in this many ends a long run. */
        private static final int SPREAD = 8;
        private static final int LONG_RUN = 32;

        static List<List<String>> of(List<String> tokens) {
            List<List<String>> runs = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                boolean end = i + 1 < tokens.size() && tokens.get(i + 1).equals(" ")
                        && (endsSentence(token) || i - start >= LONG_RUN
                                && Math.floorMod(token.hashCode() * 0x9E3779B9, SPREAD) == 0);
                if (end) {
                    runs.add(tokens.subList(start, i + 2));
                    start = i + 2;
                    i++;
                }
            }
            if (start < tokens.size()) {
                runs.add(tokens.subList(start, tokens.size()));
            }
            return runs;
        }

        private static boolean endsSentence(String word) {
            char last = word.charAt(word.length() - 1);
            return last == '.' || last == '!' || last == '?' || last == ';' || last == ':';
        }
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
