package io.github.trackdown.internal.opendata;

import io.github.trackdown.model.Spaces;
import java.util.Arrays;

/**
 * Text on one line, made as it is appended: every run of white space ({@link Spaces#isSpace}) is one space, as
 * {@link Spaces#collapse} makes it, and {@link #stripped()} gives it without white space at either end, as
 * {@link String#strip()} does.
 *
 * <p>Each appended string is copied at once into the end of a {@code char} array and folded there, in place: with
 * the shipped JVM settings that is several times faster than collapsing the finished text one {@code charAt} at a
 * time.
 */
final class OneLineText implements Appendable {

    private char[] chars;
    private int length;
    /** Whether the last character kept is a space that stands for a run of white space. */
    private boolean inSpace;

    /** Text with room for 256 characters before it grows. */
    OneLineText() {
        this(256);
    }

    /** Text with room for {@code capacity} characters before it grows: about its Markdown's length saves copies. */
    OneLineText(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    @Override
    public OneLineText append(CharSequence text) {
        return append(text, 0, text.length());
    }

    @Override
    public OneLineText append(CharSequence text, int start, int end) {
        int count = end - start;
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + count, 2 * chars.length));
        }
        if (text instanceof String string) {
            string.getChars(start, end, chars, length);
        } else {
            for (int i = start; i < end; i++) {
                chars[length + i - start] = text.charAt(i);
            }
        }
        // Folded in place: what is kept is never ahead of what is read.
        char[] cs = chars;
        int kept = length;
        boolean space = inSpace;
        for (int i = length, last = length + count; i < last; i++) {
            char c = cs[i];
            if (c > ' ' || !Spaces.isSpace(c)) {
                cs[kept++] = c;
                space = false;
            } else if (!space) {
                cs[kept++] = ' ';
                space = true;
            }
        }
        length = kept;
        inSpace = space;
        return this;
    }

    @Override
    public OneLineText append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, 2 * chars.length);
        }
        if (c > ' ' || !Spaces.isSpace(c)) {
            chars[length++] = c;
            inSpace = false;
        } else if (!inSpace) {
            chars[length++] = ' ';
            inSpace = true;
        }
        return this;
    }

    /** The text without white space ({@link Character#isWhitespace}) at either end. */
    String stripped() {
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        return new String(chars, start, end - start);
    }
}
