package io.github.trackdown.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects every problem found in one run, so that an editor sees all of them at once.
 *
 * <p>Thread-safe: stages that work in parallel may report into one collector.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** Reports an error at a position. */
    public void error(Position at, String message) {
        add(new Problem(at.file(), at.line(), at.column(), Severity.ERROR, message));
    }

    /** Reports a warning at a position. */
    public void warning(Position at, String message) {
        add(new Problem(at.file(), at.line(), at.column(), Severity.WARNING, message));
    }

    /** Reports a note at a position: something the editor should know that never fails the build. */
    public void note(Position at, String message) {
        add(new Problem(at.file(), at.line(), at.column(), Severity.NOTE, message));
    }

    /** Adds a problem. */
    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    /** Every problem so far, sorted by file and line. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Problem.BY_PLACE);
        return List.copyOf(copy);
    }

    /** Whether any error was reported, or any warning when {@code warningsAreErrors}. */
    public synchronized boolean fail(boolean warningsAreErrors) {
        return found.stream().anyMatch(p -> p.severity() == Severity.ERROR
                || warningsAreErrors && p.severity() == Severity.WARNING);
    }

    /** Whether nothing at all was reported. */
    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    /** A one-line count such as {@code 3 errors, 1 warning in 2 files}. */
    public synchronized String summary() {
        long errors = found.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = found.stream().filter(p -> p.severity() == Severity.WARNING).count();
        Set<String> files = new TreeSet<>();
        found.stream().filter(p -> p.severity() != Severity.NOTE).forEach(p -> files.add(p.file()));
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files.size(), "file");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
