package io.github.trackdown.render;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site: where it goes and its bytes.
 *
 * @param path the path inside the site, with {@code /} separators, such as {@code reviews/2024.html}
 * @param bytes the file's content
 */
public record OutputFile(String path, byte[] bytes) {

    /** A text file, encoded as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
