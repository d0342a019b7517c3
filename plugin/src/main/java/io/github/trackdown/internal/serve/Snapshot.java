package io.github.trackdown.internal.serve;

import io.github.trackdown.OutputFile;
import io.github.trackdown.report.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One complete state of the preview: the files of the last site that built, and the errors of the latest build.
 *
 * <p>Immutable, and replaced as a whole after each build, so a request always sees one whole site: never a page of
 * one build beside a page of another, never a half-written file.
 *
 * @param files the last site that built, by site path; empty until a build succeeds
 * @param errors the problems that stopped the latest build; empty when it succeeded
 * @param version changes with every build, so open pages know when to reload
 */
record Snapshot(Map<String, byte[]> files, List<Problem> errors, String version) {

    Snapshot {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    /** A snapshot of a site that built. */
    static Snapshot of(List<OutputFile> site, String version) {
        Map<String, byte[]> files = new HashMap<>();
        for (OutputFile file : site) {
            files.put(file.path(), file.bytes());
        }
        return new Snapshot(files, List.of(), version);
    }

    /** The same files, with the errors of a build that failed. */
    Snapshot failed(List<Problem> problems, String newVersion) {
        return new Snapshot(files, problems, newVersion);
    }

    /** Whether the latest build failed. */
    boolean hasErrors() {
        return !errors.isEmpty();
    }
}
