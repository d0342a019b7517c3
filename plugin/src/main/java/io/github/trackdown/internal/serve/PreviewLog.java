package io.github.trackdown.internal.serve;

import io.github.trackdown.report.Problem;

/** Where the preview tells what it does: each build, and each problem the content has. */
public interface PreviewLog {

    /** A line of news, such as a finished build. */
    void info(String line);

    /** A problem of the content, an error or a warning. */
    void problem(Problem problem);
}
