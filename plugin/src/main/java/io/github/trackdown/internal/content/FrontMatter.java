package io.github.trackdown.internal.content;

import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;

/**
 * Splits a Markdown file into the YAML front matter between its two {@code ---} lines and the body after.
 *
 * <p>The front matter must start on the first line. It ends at the next line that is {@code ---}
 * (or {@code ...}, as YAML allows).
 */
public final class FrontMatter {

    private FrontMatter() {
    }

    /**
     * Splits and parses a file's text.
     *
     * @return the document; its front matter is {@code null} when it was missing or unreadable (reported)
     */
    public static SourceDocument split(String text, String file, String contentPath, YamlReader yaml,
            Problems problems) {
        if (text.isBlank()) {
            problems.error(Position.of(file, 1), "the file is empty; it needs front matter between two `---` lines");
            return new SourceDocument(file, contentPath, null, "", 1);
        }
        if (!isFence(firstLine(text, 0))) {
            problems.error(Position.of(file, 1), "the file must start with a line `---` that opens the front matter"
                    + " (the settings such as `status:`), closed by another `---` line");
            return new SourceDocument(file, contentPath, null, text, 1);
        }
        if (text.indexOf('\n') < 0) {
            problems.error(Position.of(file, 1), "the front matter opened by `---` on line 1 is never closed;"
                    + " add a line `---` after the last setting");
            return new SourceDocument(file, contentPath, null, "", 1);
        }
        int yamlStart = text.indexOf('\n') + 1;
        int lineNumber = 2;
        int lineStart = yamlStart;
        while (lineStart > 0 && lineStart <= text.length()) {
            String line = firstLine(text, lineStart);
            if (isFence(line) || line.strip().equals("...")) {
                int end = lineStart + line.length();
                int bodyStart = Math.min(text.length(), end + 1);
                String settings = text.substring(yamlStart, lineStart);
                YamlValue frontMatter = yaml.read(settings, file, 2);
                if (frontMatter == null && onlyComments(settings)) {
                    problems.error(Position.of(file, 1), "the front matter is empty or only comments; write the"
                            + " settings, such as `title:`, between the two `---` lines");
                }
                return new SourceDocument(file, contentPath, frontMatter, text.substring(bodyStart), lineNumber + 1);
            }
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? -1 : next + 1;
            lineNumber++;
        }
        problems.error(Position.of(file, 1), "the front matter opened by `---` on line 1 is never closed;"
                + " add a line `---` after the last setting");
        return new SourceDocument(file, contentPath, null, "", 1);
    }

    /** Whether YAML text has nothing but blank lines and comments. */
    static boolean onlyComments(String yaml) {
        for (String line : yaml.split("\n", -1)) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.substring(from) : text.substring(from, end);
    }
}
