package io.github.trackdown.internal.content;

/**
 * A Markdown content file split into its front matter and its body.
 *
 * @param file the file's path relative to the project, for messages
 * @param contentPath the file's path relative to the content folder, with {@code /} separators
 * @param frontMatter the front matter as a YAML value; {@code null} when it could not be read
 * @param body the Markdown after the front matter
 * @param bodyLine the line of the file on which the body starts, from 1
 */
public record SourceDocument(String file, String contentPath, YamlValue frontMatter, String body, int bodyLine) {
}
