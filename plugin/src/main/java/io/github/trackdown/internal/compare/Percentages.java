package io.github.trackdown.internal.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whole-number percentages of a total that add up to exactly 100, by largest-remainder rounding.
 *
 * <p>Each share is first rounded down; the points still missing from 100 go, one each, to the shares whose
 * dropped fractions were largest (the earlier share first when two fractions are equal, so the result is the same
 * on every build). Rounding each share on its own can give 101 (three thirds of 33.3...% each round to 33, and
 * 2, 5, 7 and 2 of 16 round to 13 + 31 + 44 + 13 = 101).
 */
public final class Percentages {

    private Percentages() {
    }

    /**
     * The percentage of the counts' sum that each count is, in the order given; all zeros when the sum is zero.
     *
     * @param counts the counts, none negative
     */
    public static List<Integer> of(List<Integer> counts) {
        long total = counts.stream().mapToLong(Integer::longValue).sum();
        List<Integer> result = new ArrayList<>(counts.size());
        if (total == 0) {
            counts.forEach(c -> result.add(0));
            return List.copyOf(result);
        }
        long[] remainders = new long[counts.size()];
        int given = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = 100L * counts.get(i);
            result.add((int) (scaled / total));
            remainders[i] = scaled % total;
            given += result.get(i);
        }
        List<Integer> byRemainder = IntStream.range(0, counts.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < 100 - given; k++) {
            int i = byRemainder.get(k);
            result.set(i, result.get(i) + 1);
        }
        return List.copyOf(result);
    }
}
