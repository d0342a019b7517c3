package io.github.trackdown.internal.check;

import java.util.Collection;

/** Finds the allowed word an editor most likely meant, for "did you mean ...?" hints. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate to {@code written}, or {@code null} when none is close enough to suggest. */
    static String closest(String written, Collection<String> candidates) {
        String typed = Terms.key(written);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, Terms.key(candidate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int tolerance = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerance ? best : null;
    }

    /**
     * The hint to append to a message: {@code ; did you mean `x`?}, or nothing; for a name that mixes look-alike
     * alphabets (a Cyrillic {@code е} in a Latin word), that it does.
     */
    static String hint(String written, Collection<String> candidates) {
        String mixed = Scripts.mixed(written);
        if (mixed != null) {
            return "; it mixes " + mixed + " letters, which look alike: retype it";
        }
        String closest = closest(written, candidates);
        return closest == null ? "" : "; did you mean `" + closest + "`?";
    }

    /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
