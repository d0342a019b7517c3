package io.github.trackdown.model;

/**
 * A piece of Markdown as an editor wrote it, with where it came from.
 *
 * @param source the Markdown text
 * @param file the content file it came from, relative to the content folder, with {@code /} separators
 * @param line the line of the file on which the text starts, from 1
 */
public record Markdown(String source, String file, int line) {

    /** Whether there is no text at all, or only white space. */
    public boolean isBlank() {
        return source.isBlank();
    }
}
