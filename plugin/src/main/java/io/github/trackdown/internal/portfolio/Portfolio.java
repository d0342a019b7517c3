package io.github.trackdown.internal.portfolio;

import java.util.Comparator;
import java.util.List;

/**
 * A checked portfolio: its settings and its reports.
 *
 * @param settings what portfolio.yml says
 * @param reports every report, in the order of their folder names
 */
public record Portfolio(PortfolioSettings settings, List<Report> reports) {

    public Portfolio {
        reports = List.copyOf(reports);
    }

    /**
     * The reports newest first: by the publication of their latest review, newest first, then by folder name.
     */
    public List<Report> newestFirst() {
        return reports.stream().sorted(Comparator.comparing((Report report) -> report.latest().published())
                .reversed().thenComparing(Report::folder)).toList();
    }
}
