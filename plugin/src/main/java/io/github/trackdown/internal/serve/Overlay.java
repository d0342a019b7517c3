package io.github.trackdown.internal.serve;

import io.github.trackdown.internal.render.Html;
import io.github.trackdown.report.Problem;
import java.util.List;

/**
 * The preview's page for content that does not build: every problem with its file and line, instead of stale pages.
 *
 * <p>Written in Java, not with the tracker's templates, which may be what is broken. Every text is escaped.
 */
final class Overlay {

    private Overlay() {
    }

    /** The whole page listing the problems. */
    static String page(List<Problem> problems) {
        StringBuilder html = new StringBuilder(1024).append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Trackdown preview: the content has problems</title>
                <style>
                body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; background: #fff; color: #0b0c0c; }
                .trackdown-overlay { max-width: 60rem; margin: 2rem auto; padding: 1.5rem; border: 5px solid #d4351c; }
                .trackdown-overlay h1 { margin-top: 0; font-size: 1.5rem; }
                .trackdown-overlay li { margin: 0 0 0.75rem; }
                .trackdown-overlay code { font: 0.95rem/1.4 ui-monospace, monospace; white-space: pre-wrap; }
                </style>
                </head>
                <body>
                <main class="trackdown-overlay" role="alert">
                <h1>The site cannot be built: fix the content and save</h1>
                <p>This page reloads by itself once the content builds again. Nothing below is published.</p>
                <ol>
                """);
        for (Problem problem : problems) {
            html.append("<li><code>").append(Html.escape(problem.format())).append("</code></li>\n");
        }
        return html.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }
}
