package io.github.trackdown;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of the built site: where it goes and its content, either as bytes or written straight to a stream.
 *
 * <p>A streamed file (a large page or data file) is never held whole in memory when it is written to disk with
 * {@link #writeTo}; {@link #bytes()} renders it into memory, for the preview.
 */
public final class OutputFile {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}, without closing it. */
        void writeTo(OutputStream out) throws IOException;
    }

    private final String path;
    private final byte[] bytes;
    private final Content content;

    /**
     * A file with the given bytes.
     *
     * @param path the path inside the site, with {@code /} separators, such as {@code reviews/2024.html}
     * @param bytes the file's content
     */
    public OutputFile(String path, byte[] bytes) {
        this(path, Objects.requireNonNull(bytes), null);
    }

    private OutputFile(String path, byte[] bytes, Content content) {
        this.path = Objects.requireNonNull(path);
        this.bytes = bytes;
        this.content = content;
    }

    /** A text file, encoded as UTF-8. */
    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A file whose content is written when the file is, straight to its destination. */
    public static OutputFile streamed(String path, Content content) {
        return new OutputFile(path, null, Objects.requireNonNull(content));
    }

    /** The path inside the site, with {@code /} separators. */
    public String path() {
        return path;
    }

    /** The same content at another path. */
    public OutputFile at(String otherPath) {
        return new OutputFile(otherPath, bytes, content);
    }

    /** The whole content; a streamed file is rendered into memory for it, each time it is asked for. */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the content to {@code out}, without closing it. */
    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
        } else {
            content.writeTo(out);
        }
    }

    @Override
    public String toString() {
        return path;
    }
}
