package io.github.trackdown;

import io.github.trackdown.model.Tracker;
import io.github.trackdown.report.Problem;
import java.util.List;

/**
 * What a successful run found and did.
 *
 * @param tracker the checked tracker
 * @param warnings the problems that did not stop the run, sorted by file and line
 * @param filesWritten how many files the site has; 0 for a check that writes nothing
 * @param checkReused whether a build used an earlier check (see {@link Trackdown.Builder#checkedBefore}) instead of
 *     reading and checking the content again
 */
public record BuildReport(Tracker tracker, List<Problem> warnings, int filesWritten, boolean checkReused) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
