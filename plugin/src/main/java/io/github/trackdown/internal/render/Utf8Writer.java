package io.github.trackdown.internal.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes straight into a growing UTF-8 byte array, for one page on one thread.
 *
 * <p>A page rendered into a {@code StringWriter} was copied four times: the synchronized buffer grows by
 * copying, turns into two bytes a character at the first non-Latin-1 character (such as the arrows of the
 * change markers), is copied into a String, and is encoded again. This writes each character once; a whole
 * string is encoded by {@link String#getBytes} (for the plain ASCII most pages are, a copy of its bytes) and copied
 * in. A lone surrogate is written as {@code ?}, as {@link String#getBytes} does.
 */
final class Utf8Writer extends Writer {

    private byte[] bytes;
    private int count;
    private char highSurrogate;
    /** Where a string's characters are copied to be encoded. */
    private final char[] chars = new char[2048];
    /** Where full buffers go; {@code null} to keep every byte. */
    private final OutputStream sink;

    /** A writer that keeps every byte, for {@link #toByteArray()}. */
    Utf8Writer(int capacity) {
        this(capacity, null);
    }

    /**
     * A writer that hands its bytes to {@code sink} whenever its buffer is full, and at {@link #finish()}, so that
     * a large page is never held whole. An {@link IOException} of the sink is thrown as an
     * {@link UncheckedIOException}.
     */
    Utf8Writer(int capacity, OutputStream sink) {
        bytes = new byte[Math.max(16, capacity)];
        this.sink = sink;
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3L + 1);
        // The buffer and position in locals, and plain ASCII copied straight: most of a page is ASCII.
        byte[] out = bytes;
        int at = count;
        boolean pairStarted = highSurrogate != 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && !pairStarted) {
                out[at++] = (byte) c;
            } else {
                count = at;
                put(c);
                at = count;
                pairStarted = highSurrogate != 0;
            }
        }
        count = at;
    }

    /**
     * Writes part of a string, copied a block at a time into a char array first: reading a string character by
     * character costs a check of its coding and of the index for each one.
     */
    @Override
    public void write(String text, int offset, int length) {
        for (int done = 0; done < length;) {
            int block = Math.min(chars.length, length - done);
            text.getChars(offset + done, offset + done + block, chars, 0);
            write(chars, 0, block);
            done += block;
        }
    }

    @Override
    public void write(String text) {
        if (highSurrogate != 0) {
            write(text, 0, text.length());
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (opensPair(text, utf8)) {
            write(text, 0, text.length());
        } else {
            writeUtf8(utf8);
        }
    }

    /** Writes text whose UTF-8 encoding is known: copies the encoding in. */
    void write(String text, byte[] utf8) {
        if (highSurrogate == 0 && !opensPair(text, utf8)) {
            writeUtf8(utf8);
        } else {
            write(text, 0, text.length());
        }
    }

    /**
     * Writes the text unless it holds one of the given ASCII characters, and says whether it wrote it.
     *
     * @param avoided for each ASCII character (by its code, below 128), whether the text may not hold it
     */
    boolean writeUnlessHolding(String text, boolean[] avoided) {
        byte[] utf8 = highSurrogate != 0 ? null : text.getBytes(StandardCharsets.UTF_8);
        if (utf8 == null || opensPair(text, utf8)) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80 && avoided[c]) {
                    return false;
                }
            }
            write(text, 0, text.length());
            return true;
        }
        // Every byte of a character beyond ASCII is negative: only ASCII is looked up.
        for (byte b : utf8) {
            if (b >= 0 && avoided[b]) {
                return false;
            }
        }
        writeUtf8(utf8);
        return true;
    }

    /**
     * Whether the text ends in the first half of a surrogate pair, which the next text may close: on its own, as
     * in {@code utf8}, it is encoded as {@code ?}, so only a text whose encoding ends so is looked at.
     */
    private static boolean opensPair(String text, byte[] utf8) {
        return utf8.length > 0 && utf8[utf8.length - 1] == '?'
                && Character.isHighSurrogate(text.charAt(text.length() - 1));
    }

    /** Copies bytes of UTF-8 in. */
    private void writeUtf8(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, count, utf8.length);
        count += utf8.length;
    }

    private void put(char c) {
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[count++] = (byte) (0xF0 | codePoint >> 18);
                bytes[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensure(long more) {
        long needed = count + more + 4;
        if (needed > bytes.length && sink != null && count > 0) {
            drain();
            needed = more + 4;
        }
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("a page larger than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16, 2L * bytes.length)));
        }
    }

    /** The bytes written so far, exactly. */
    byte[] toByteArray() {
        endLoneSurrogate();
        return Arrays.copyOf(bytes, count);
    }

    /** Hands the last bytes to the sink. */
    void finish() {
        endLoneSurrogate();
        drain();
    }

    private void endLoneSurrogate() {
        if (highSurrogate != 0) {
            ensure(1);
            bytes[count++] = '?';
            highSurrogate = 0;
        }
    }

    private void drain() {
        try {
            sink.write(bytes, 0, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count = 0;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
