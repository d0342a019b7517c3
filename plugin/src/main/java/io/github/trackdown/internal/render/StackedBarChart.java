package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.StatusCount;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.model.Status;
import java.util.List;
import java.util.Locale;

/**
 * Draws the counts per status per review year as an inline SVG of horizontal stacked bars.
 *
 * <p>The SVG is an image with a {@code <title>} and a {@code <desc>} that says every number in words; each
 * bar segment carries its count as text when it is wide enough, and a legend names the statuses, so nothing
 * depends on telling colours apart. The page puts the same numbers in a table next to it.
 */
final class StackedBarChart {

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 64;
    private static final int BAR_HEIGHT = 32;
    private static final int GAP = 14;
    private static final int LEGEND_ROW = 24;

    private StackedBarChart() {
    }

    static String svg(String id, String title, List<YearCounts> years, List<Status> statuses, String none) {
        int barArea = WIDTH - LABEL_WIDTH - 8;
        int maxTotal = Math.max(1, years.stream().mapToInt(YearCounts::total).max().orElse(1));
        int legendTop = years.size() * (BAR_HEIGHT + GAP) + 8;
        int legendRows = (statuses.size() + 2) / 3;
        int height = legendTop + legendRows * LEGEND_ROW + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(describe(years, none)))
                .append("</desc>\n");
        int top = 0;
        for (YearCounts year : years) {
            svg.append("<text x=\"0\" y=\"").append(top + BAR_HEIGHT / 2 + 5).append("\" class=\"chart-year\">")
                    .append(year.year()).append("</text>\n");
            double x = LABEL_WIDTH;
            for (StatusCount count : year.counts()) {
                if (count.count() == 0) {
                    continue;
                }
                double width = (double) barArea * count.count() / maxTotal;
                svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(top).append("\" width=\"")
                        .append(format(width)).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                        .append(Palette.fill(count.status(), statuses)).append("\"><title>")
                        .append(Html.escape(year.year() + ": " + count.status().name() + ", " + count.count()))
                        .append("</title></rect>\n");
                if (width >= 22) {
                    svg.append("<text x=\"").append(format(x + width / 2)).append("\" y=\"")
                            .append(top + BAR_HEIGHT / 2 + 5).append("\" class=\"chart-count\">")
                            .append(count.count()).append("</text>\n");
                }
                x += width;
            }
            top += BAR_HEIGHT + GAP;
        }
        for (int i = 0; i < statuses.size(); i++) {
            Status status = statuses.get(i);
            int column = i % 3;
            int row = i / 3;
            int x = LABEL_WIDTH + column * 220;
            int y = legendTop + row * LEGEND_ROW;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(Palette.fill(status, statuses)).append("\"/>\n");
            svg.append("<text x=\"").append(x + 20).append("\" y=\"").append(y + 12).append("\" class=\"chart-legend\">")
                    .append(Html.escape(status.name())).append("</text>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** The numbers in words, for readers who cannot see the chart. */
    static String describe(List<YearCounts> years, String none) {
        StringBuilder text = new StringBuilder();
        for (YearCounts year : years) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(year.year()).append(": ");
            List<String> parts = year.counts().stream().filter(c -> c.count() > 0)
                    .map(c -> c.status().name() + " " + c.count()).toList();
            text.append(parts.isEmpty() ? none : String.join(", ", parts)).append('.');
        }
        return text.toString();
    }

    /**
     * The value with one decimal, rounded half up, exactly as {@code String.format(Locale.ROOT, "%.1f", value)} gives
     * it: that rounds the shortest decimal form of the value ({@link Double#toString}), as this does without parsing
     * a format for every number of every chart.
     */
    static String format(double value) {
        String shortest = Double.toString(value);
        int point = shortest.indexOf('.');
        if (!(value >= 0) || point < 0 || shortest.indexOf('E') >= 0) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (shortest.length() <= point + 2 || shortest.charAt(point + 2) < '5') {
            return shortest.substring(0, point + 2);
        }
        // Rounded up: one more in the tenths, carried leftwards over nines.
        char[] digits = (shortest.substring(0, point) + shortest.charAt(point + 1)).toCharArray();
        int last = digits.length - 1;
        while (last >= 0 && digits[last] == '9') {
            digits[last--] = '0';
        }
        String tenths = last < 0 ? "1" + new String(digits) : new String(digits);
        if (last >= 0) {
            tenths = tenths.substring(0, last) + (char) (digits[last] + 1) + tenths.substring(last + 1);
        }
        return tenths.substring(0, tenths.length() - 1) + '.' + tenths.charAt(tenths.length() - 1);
    }
}
