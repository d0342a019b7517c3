package io.github.trackdown;

import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problem;
import java.util.List;

/**
 * A site rendered in memory and not written anywhere: what the preview server serves.
 *
 * @param tracker the checked tracker
 * @param warnings the problems that did not stop the run, sorted by file and line
 * @param files every file of the site, in a fixed order
 */
public record RenderedSite(Tracker tracker, List<Problem> warnings, List<OutputFile> files) {

    public RenderedSite {
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
    }
}
