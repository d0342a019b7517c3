package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StackedBarChartTest {

    @Test
    void numbersAreWrittenWithOneDecimalExactlyAsStringFormatWritesThem() {
        double[] samples = {0, 0.05, 0.25, 0.35, 0.95, 9.95, 99.95, 999.96, 64, 64.25, 0.0001, 1e-7, 1e7, 12345678.95,
            Double.NaN, Double.POSITIVE_INFINITY, -0.05, -0.0, 327.99999999999994};
        for (double value : samples) {
            assertEquals(String.format(Locale.ROOT, "%.1f", value), StackedBarChart.format(value), "" + value);
        }
        Random random = new Random(17);
        for (int n = 0; n < 100_000; n++) {
            // Chart positions: a share of the bar area, and sums of them.
            double value = switch (n % 3) {
                case 0 -> 656.0 * random.nextInt(200) / (1 + random.nextInt(200));
                case 1 -> random.nextInt(10_000) / 100.0 + random.nextInt(20) * 0.05;
                default -> random.nextDouble() * 1_000;
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", value), StackedBarChart.format(value), "" + value);
        }
    }
}
