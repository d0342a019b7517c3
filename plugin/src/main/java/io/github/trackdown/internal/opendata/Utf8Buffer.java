package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text encoded as UTF-8 straight into a byte array, handed to an output stream a block at a time: what the open data
 * writers ({@link SheetXml}, {@link CsvTable}) write through.
 *
 * <p>With the shipped JVM settings (the C1 compiler only), writing through a {@code BufferedWriter} and an
 * {@code OutputStreamWriter} copied every character three times, and reading a string one {@code charAt} at a time
 * checks its index and coding on every character. Here each text is copied once into a reused {@code char} array
 * ({@link #charsOf}), and the writers loop over that array, writing ASCII (most of the text) a byte per character
 * into {@link #bytes}. A lone surrogate is written as {@code ?}, as {@code String.getBytes} and
 * {@code OutputStreamWriter} write it.
 *
 * <p>A writer makes {@link #room} for the most bytes a piece of text can become, then writes into {@link #bytes} at
 * {@link #count} itself. The output stream is never closed; {@link #flush()} hands on the last bytes. Without an
 * output stream, the bytes are kept in memory and {@linkplain #take() taken} a piece at a time: a cell's text encoded
 * once, to be written into several files.
 */
class Utf8Buffer {

    /** How many bytes are gathered before they are handed on. */
    private static final int BLOCK = 1 << 16;

    private final OutputStream out;
    /** The bytes taken by {@link #take()} when none were written: one empty array for all. */
    static final byte[] NOTHING = new byte[0];

    /** The bytes not yet handed on are {@code bytes[0, count)}. */
    byte[] bytes;
    /** How many bytes of {@link #bytes} are written. */
    int count;
    private char[] chars = new char[1024];

    /** Writes to {@code out}, which it never closes; with {@code null}, keeps the bytes for {@link #take()}. */
    Utf8Buffer(OutputStream out) {
        this.out = out;
        this.bytes = new byte[out == null ? 4096 : BLOCK];
    }

    /** The bytes of ASCII text, such as markup, made once to be {@linkplain #write(byte[]) written} often. */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Makes room in {@link #bytes} for {@code more} bytes after {@link #count}, handing on the bytes before. */
    final void room(int more) throws IOException {
        if (count + more > bytes.length) {
            if (out == null) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, count + more));
                return;
            }
            handOn();
            if (more > bytes.length) {
                bytes = new byte[more];
            }
        }
    }

    /**
     * The characters of {@code text} from index 0, in a reused array (valid until the next call): read at once,
     * rather than a {@code charAt} at a time.
     */
    final char[] charsOf(String text) {
        if (text.length() > chars.length) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    /**
     * The text's characters as Latin-1 bytes, a byte each: text held as Latin-1 (most text) is copied at once,
     * rather than inflated to {@code char}s ({@link #charsOf}). A character beyond Latin-1 is a {@code ?}: a writer
     * reading these bytes checks each {@code ?} against the text ({@code text.charAt(i) == '?'}) and, when one
     * stands for another character, writes the text from its characters instead.
     */
    static byte[] latin1Of(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Whether the bytes are kept in memory ({@link #take()}) rather than handed on to an output stream. */
    final boolean keepsBytes() {
        return out == null;
    }

    /** Writes bytes made once, such as {@linkplain #ascii(String) markup}. */
    final void write(byte[] made) throws IOException {
        room(made.length);
        System.arraycopy(made, 0, bytes, count, made.length);
        count += made.length;
    }

    /** Writes one ASCII character. */
    final void write(char ascii) throws IOException {
        room(1);
        bytes[count++] = (byte) ascii;
    }

    /** Writes the text as it is. */
    final void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    /** Writes the characters {@code [from, to)} of the text as they are. */
    final void write(String text, int from, int to) throws IOException {
        char[] cs = charsOf(text);
        int i = from;
        while (i < to) {
            // A block of characters at a time, with room for the most bytes they can be (3 each, a pair's 4 for 2).
            int end = Math.min(to, i + 4096);
            room(3 * (end - i) + 1);
            byte[] b = bytes;
            int at = count;
            for (; i < end; i++) {
                char c = cs[i];
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else {
                    count = at;
                    if (writeBeyondAscii(c, i + 1 < to ? cs[i + 1] : 0)) {
                        i++;
                    }
                    at = count;
                }
            }
            count = at;
        }
    }

    /**
     * Writes {@code c}, a character beyond ASCII, with room for 4 bytes made: a high surrogate together with
     * {@code next} as one code point when {@code next} is its low surrogate, and any other surrogate as {@code ?}.
     *
     * @return whether {@code next} was written too
     */
    final boolean writeBeyondAscii(char c, char next) {
        byte[] b = bytes;
        if (c < 0x800) {
            b[count++] = (byte) (0xC0 | c >> 6);
            b[count++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            b[count++] = (byte) (0xE0 | c >> 12);
            b[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
            int codePoint = Character.toCodePoint(c, next);
            b[count++] = (byte) (0xF0 | codePoint >> 18);
            b[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            b[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            b[count++] = (byte) (0x80 | codePoint & 0x3F);
            return true;
        } else {
            b[count++] = '?';
        }
        return false;
    }

    /**
     * The bytes written since the last take, in an array of their own ({@link #NOTHING} for none); the buffer starts
     * again empty. Only for a buffer that keeps its bytes in memory.
     */
    final byte[] take() {
        byte[] taken = count == 0 ? NOTHING : Arrays.copyOf(bytes, count);
        count = 0;
        return taken;
    }

    /** Hands on every byte written so far. */
    final void flush() throws IOException {
        handOn();
        out.flush();
    }

    private void handOn() throws IOException {
        if (count > 0) {
            out.write(bytes, 0, count);
            count = 0;
        }
    }
}
