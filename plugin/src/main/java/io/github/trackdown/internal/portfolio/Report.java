package io.github.trackdown.internal.portfolio;

import io.github.trackdown.internal.compare.TrackerComparison;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Tracker;
import java.util.List;

/**
 * One report of a portfolio: a complete tracker in a sub-folder, compared.
 *
 * @param folder the sub-folder's name, such as {@code linkage-2023}: where the report's pages are published
 * @param comparison the report's tracker, with its reviews compared
 * @param data the report's own open data table, as its site publishes it (addresses absolute when the site's address
 *     is known, otherwise relative to the report's folder)
 * @param pages the path of every HTML page of the report's own site, from its folder
 */
public record Report(String folder, TrackerComparison comparison, DataTable data, List<String> pages) {

    public Report {
        pages = List.copyOf(pages);
    }

    /** The report's tracker. */
    public Tracker tracker() {
        return comparison.tracker();
    }

    /** The report's newest review. */
    public Review latest() {
        return tracker().latestReview();
    }

    /** The path of a page of the report's own site, from the portfolio's root. */
    public String path(String pagePath) {
        return folder + "/" + pagePath;
    }
}
