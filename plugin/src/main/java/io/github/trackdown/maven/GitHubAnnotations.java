package io.github.trackdown.maven;

import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Severity;

/** Formats problems as GitHub Actions workflow commands, so they show on a pull request's changed lines. */
final class GitHubAnnotations {

    private GitHubAnnotations() {
    }

    /** {@code ::error file=src/tracker/2024/r3.md,line=5,col=9::message}. */
    static String format(Problem problem) {
        StringBuilder line = new StringBuilder("::")
                .append(switch (problem.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case NOTE -> "notice";
                })
                .append(" file=").append(escapeProperty(problem.file()));
        if (problem.line() > 0) {
            line.append(",line=").append(problem.line());
            if (problem.column() > 0) {
                line.append(",col=").append(problem.column());
            }
        }
        return line.append("::").append(escapeData(problem.message())).toString();
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
