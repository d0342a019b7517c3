package io.github.trackdown.report;

import java.util.List;

/** Thrown when the content has problems that stop the site from being built; carries all of them. */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Creates the exception with every problem found, sorted by place, and their summary line. */
    public ContentException(List<Problem> problems, String summary) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, sorted by file and line. */
    public List<Problem> problems() {
        return problems;
    }
}
