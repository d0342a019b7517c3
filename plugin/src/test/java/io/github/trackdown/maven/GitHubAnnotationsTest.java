package io.github.trackdown.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Severity;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {

    @Test
    void anErrorBecomesAnErrorAnnotationOnItsLineAndColumn() {
        Problem problem = new Problem("src/tracker/2024/r3.md", 5, 9, Severity.ERROR, "`Some progres` is not a status");

        assertEquals("::error file=src/tracker/2024/r3.md,line=5,col=9::`Some progres` is not a status",
                GitHubAnnotations.format(problem));
    }

    @Test
    void aWarningOnAWholeFileHasNoLineAndSpecialCharactersAreEscaped() {
        Problem problem = new Problem("src/tracker/a,b.md", 0, 0, Severity.WARNING, "100% wrong\nreally");

        assertEquals("::warning file=src/tracker/a%2Cb.md::100%25 wrong%0Areally", GitHubAnnotations.format(problem));
    }
}
