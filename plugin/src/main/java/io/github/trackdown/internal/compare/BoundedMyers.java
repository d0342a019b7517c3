package io.github.trackdown.internal.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Myers' difference algorithm on sequences of numbers, given a limit on the number of edits: it takes time in
 * proportion to (n + m) times the edits it tries, and gives up (returns {@code null}) past the limit.
 */
final class BoundedMyers {

    /** A run of the shortest edit script: equal, or removed from the first sequence, or added from the second. */
    enum Op {
        SAME, REMOVED, ADDED
    }

    /**
     * A run: for {@code SAME} and {@code REMOVED}, positions {@code [from, to)} of the first sequence; for
     * {@code ADDED}, of the second.
     */
    record Run(Op op, int from, int to) {
    }

    /** The result of {@link #diff}: the runs in order, or {@code null}; and the steps the search took. */
    record Result(List<Run> runs, long steps) {
    }

    private BoundedMyers() {
    }

    /** The shortest edit script from {@code a} to {@code b} if it has at most {@code maxEdits} edits. */
    static Result diff(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int max = Math.min(maxEdits, n + m);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1];
                int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
                    return new Result(backtrack(trace, n, m), (long) (n + m) * (d + 1));
                }
            }
            trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
        }
        return new Result(null, (long) (n + m) * (max + 1));
    }

    private static List<Run> backtrack(List<int[]> trace, int n, int m) {
        List<Run> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = k == -d || k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1];
            int previousK = down ? k + 1 : k - 1;
            int previousX = previous[previousK + d - 1];
            int previousY = previousX - previousK;
            int snakeStart = down ? previousX : previousX + 1;
            if (snakeStart < x) {
                reversed.add(new Run(Op.SAME, snakeStart, x));
            }
            reversed.add(down ? new Run(Op.ADDED, previousY, previousY + 1)
                    : new Run(Op.REMOVED, previousX, previousX + 1));
            x = previousX;
            y = previousY;
        }
        if (x > 0) {
            reversed.add(new Run(Op.SAME, 0, x));
        }
        List<Run> runs = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            runs.add(reversed.get(i));
        }
        return runs;
    }
}
