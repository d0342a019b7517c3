package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void theOsr2024CountsAddUpTo100InsteadOf101() {
        assertEquals(List.of(13, 31, 44, 12), Percentages.of(List.of(2, 5, 7, 2)));
    }

    @Test
    void threeEqualThirdsGiveTheSparePointToTheFirst() {
        assertEquals(List.of(34, 33, 33), Percentages.of(List.of(1, 1, 1)));
    }

    @Test
    void exactSharesAreLeftAsTheyAre() {
        assertEquals(List.of(25, 0, 75), Percentages.of(List.of(1, 0, 3)));
    }

    @Test
    void nothingCountedGivesZeros() {
        assertEquals(List.of(0, 0), Percentages.of(List.of(0, 0)));
    }

    @Test
    void anyCountsAddUpTo100AndEachShareIsWithinOnePointOfItsExactValue() {
        Random random = new Random(42);
        for (int run = 0; run < 1_000; run++) {
            List<Integer> counts = random.ints(1 + random.nextInt(8), 0, 50).boxed().toList();
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<Integer> shares = Percentages.of(counts);
            if (total == 0) {
                continue;
            }
            assertEquals(100, shares.stream().mapToInt(Integer::intValue).sum(), counts.toString());
            for (int i = 0; i < counts.size(); i++) {
                double exact = 100.0 * counts.get(i) / total;
                assertEquals(true, Math.abs(shares.get(i) - exact) < 1, counts + " -> " + shares);
            }
        }
    }
}
