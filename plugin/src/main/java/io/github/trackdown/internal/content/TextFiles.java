package io.github.trackdown.internal.content;

import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads content files as UTF-8 text, strictly: a byte that is not UTF-8, or a control character that no page can
 * show (such as {@code ESC}), is a problem on its line.
 *
 * <p>A byte-order mark is dropped and Windows ({@code CRLF}) or old Mac ({@code CR}) line endings become
 * {@code LF}, so line numbers match what an editor sees.
 */
public final class TextFiles {

    /** The largest content file accepted, in bytes: 1 MiB. */
    public static final long MAX_BYTES = 1L << 20;

    private TextFiles() {
    }

    /**
     * Reads a file, or reports why it cannot be read.
     *
     * @param file the file to read
     * @param name the file's name in messages
     * @return the text with normalised line endings, or {@code null} after reporting a problem
     */
    public static String read(Path file, String name, Problems problems) {
        byte[] bytes = bytes(file, name, problems);
        return bytes == null ? null : decode(bytes, name, problems);
    }

    /** What {@link #bytes(Path, long, String, Problems)} is told when the file's size is not known yet. */
    static final long UNKNOWN_SIZE = -1;

    /** The bytes of a file, or {@code null} after reporting why they cannot be read (too large, unreadable). */
    static byte[] bytes(Path file, String name, Problems problems) {
        return bytes(file, UNKNOWN_SIZE, name, problems);
    }

    /**
     * The bytes of a file whose size the caller may know already (saving asking the file system again), or
     * {@code null} after reporting why they cannot be read (too large, unreadable).
     *
     * @param knownSize the file's size in bytes, or {@link #UNKNOWN_SIZE}
     */
    static byte[] bytes(Path file, long knownSize, String name, Problems problems) {
        try {
            long size = knownSize == UNKNOWN_SIZE ? Files.size(file) : knownSize;
            if (size > MAX_BYTES) {
                problems.error(Position.of(name), "the file is " + size / 1024
                        + " KiB; content files may be at most " + MAX_BYTES / 1024 + " KiB");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(Position.of(name), "the file cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** The text of a file's bytes with normalised line endings, or {@code null} after reporting bytes not UTF-8. */
    static String decode(byte[] bytes, String name, Problems problems) {
        if (isPlainAscii(bytes)) {
            // Already what the full decoding would give: no mark, no CR, no control character, one byte a character.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.error(Position.of(name, line), "this line contains bytes that are not UTF-8 text;"
                    + " save the file as UTF-8 in your editor");
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = normalise(out.toString());
        // Where one is, in the text with its line endings normalised, only when the decoded characters have one.
        int control = ControlCharacters.anyIn(out.array(), out.limit()) ? ControlCharacters.indexIn(text) : -1;
        if (control >= 0) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < control; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.error(new Position(name, line, control - lineStart + 1), "this line contains the control"
                    + " character " + ControlCharacters.name(text.charAt(control)) + ", which no page can show;"
                    + " remove it");
            return null;
        }
        return text;
    }

    /**
     * Whether the bytes are printable ASCII, tabs and {@code LF} line ends only, as most content files are: then the
     * text is the bytes as they are. Looked at in one pass over the bytes, which is much cheaper than decoding.
     */
    static boolean isPlainAscii(byte[] bytes) {
        for (byte b : bytes) {
            // Bytes from 0x80 on are negative, so below 0x20 too: one comparison lets every printable ASCII byte by.
            if ((b < 0x20 || b == 0x7F) && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Drops a byte-order mark and turns every line ending into {@code \n}. */
    static String normalise(String text) {
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (withoutMark.indexOf('\r') < 0) {
            return withoutMark;
        }
        return withoutMark.replace("\r\n", "\n").replace('\r', '\n');
    }
}
