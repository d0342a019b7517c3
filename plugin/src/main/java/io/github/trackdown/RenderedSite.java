package io.github.trackdown;

import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problem;
import java.util.List;

/**
 * A site rendered in memory and not written anywhere: what the preview server serves.
 *
 * @param tracker the checked tracker; {@code null} for a portfolio, whose trackers are its {@code reports}
 * @param warnings the problems that did not stop the run, sorted by file and line
 * @param files every file of the site, in a fixed order
 * @param reports the checked tracker of each report of a portfolio, in folder order; the one tracker otherwise
 */
public record RenderedSite(Tracker tracker, List<Problem> warnings, List<OutputFile> files, List<Tracker> reports) {

    public RenderedSite {
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
        reports = List.copyOf(reports);
    }

    /** A site of one tracker. */
    public RenderedSite(Tracker tracker, List<Problem> warnings, List<OutputFile> files) {
        this(tracker, warnings, files, List.of(tracker));
    }

    /** What the content holds, for messages: "12 recommendations in 3 reviews"; for a portfolio, "… of 2 reports". */
    public String contents() {
        return contents(tracker == null, reports);
    }

    static String contents(boolean portfolio, List<Tracker> reports) {
        int recommendations = reports.stream().mapToInt(t -> t.recommendations().size()).sum();
        int reviews = reports.stream().mapToInt(t -> t.reviews().size()).sum();
        return recommendations + " recommendations in " + reviews + " reviews"
                + (portfolio ? " of " + reports.size() + " report" + (reports.size() == 1 ? "" : "s") : "");
    }
}
