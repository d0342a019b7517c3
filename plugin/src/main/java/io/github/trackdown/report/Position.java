package io.github.trackdown.report;

/**
 * A place in a content file: the file's path relative to the project, a line and a column (both from 1).
 *
 * <p>A line of 0 means the place is the whole file.
 */
public record Position(String file, int line, int column) {

    /** The position of a whole file, with no line. */
    public static Position of(String file) {
        return new Position(file, 0, 0);
    }

    /** The start of the given line. */
    public static Position of(String file, int line) {
        return new Position(file, line, 1);
    }
}
