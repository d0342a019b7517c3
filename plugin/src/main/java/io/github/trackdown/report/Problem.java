package io.github.trackdown.report;

import java.util.Comparator;

/**
 * One mistake found in the content, at a place an editor can go to.
 *
 * <p>{@code file} is relative to the project folder, with {@code /} separators; {@code line} and
 * {@code column} count from 1, and are 0 when the problem concerns the whole file.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** Orders problems by file, then line, then column, then message, for stable reports. */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    /** Formats the problem as compilers do: {@code path:line:column: error: message}. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
