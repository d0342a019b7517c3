package io.github.trackdown;

import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problem;
import java.util.List;

/**
 * What a successful run found and did.
 *
 * @param tracker the checked tracker; {@code null} for a portfolio, whose trackers are its {@code reports}
 * @param warnings the problems that did not stop the run, sorted by file and line
 * @param filesWritten how many files the site has; 0 for a check that writes nothing
 * @param checkReused whether a build used an earlier check (see {@link Trackdown.Builder#checkedBefore}) instead of
 *     reading and checking the content again
 * @param reports the checked tracker of each report of a portfolio, in folder order; the one tracker otherwise
 */
public record BuildReport(Tracker tracker, List<Problem> warnings, int filesWritten, boolean checkReused,
        List<Tracker> reports) {

    public BuildReport {
        warnings = List.copyOf(warnings);
        reports = List.copyOf(reports);
    }

    /** What a run of one tracker found and did. */
    public BuildReport(Tracker tracker, List<Problem> warnings, int filesWritten, boolean checkReused) {
        this(tracker, warnings, filesWritten, checkReused, List.of(tracker));
    }

    /**
     * What the content holds, for messages: "12 recommendations in 3 reviews", and for a portfolio "… of 2
     * reports".
     */
    public String contents() {
        return RenderedSite.contents(tracker == null, reports);
    }
}
