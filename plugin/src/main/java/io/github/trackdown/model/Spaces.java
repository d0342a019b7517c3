package io.github.trackdown.model;

import java.nio.charset.StandardCharsets;

/**
 * White space as the regex {@code \s} knows it (space, tab, line feed, vertical tab, form feed, carriage return),
 * for the stages that compare or index editors' text.
 */
public final class Spaces {

    private Spaces() {
    }

    /** Whether {@code c} is white space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The text with every run of white space made one space, as {@code replaceAll("\\s+", " ")} does, in one pass
     * over a copy of its characters (reading a String character by character costs checks on each); text with
     * nothing to collapse is returned as it is.
     */
    public static String collapse(CharSequence text) {
        String string = text.toString();
        String latin1 = collapseLatin1(string);
        return latin1 != null ? latin1 : collapseChars(string);
    }

    /**
     * The text collapsed, when it is all Latin-1 and holds no {@code ?}; otherwise {@code null}. Such text is
     * copied out as bytes and back as they are, without widening each character: a character beyond Latin-1 comes
     * out as {@code ?}, which is why a {@code ?} sends the text to {@link #collapseChars}.
     */
    private static String collapseLatin1(String string) {
        byte[] bytes = string.getBytes(StandardCharsets.ISO_8859_1);
        int kept = 0;
        boolean inSpace = false;
        boolean changed = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b > ' ' || b < 0 || !isSpace((char) b)) {
                if (b == '?') {
                    return null;
                }
                bytes[kept++] = b;
                inSpace = false;
            } else if (inSpace) {
                changed = true;
            } else {
                changed |= b != ' ';
                bytes[kept++] = ' ';
                inSpace = true;
            }
        }
        return changed ? new String(bytes, 0, kept, StandardCharsets.ISO_8859_1) : string;
    }

    private static String collapseChars(String string) {
        int length = string.length();
        char[] chars = new char[length];
        string.getChars(0, length, chars, 0);
        int kept = 0;
        boolean inSpace = false;
        boolean changed = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c > ' ' || !isSpace(c)) {
                chars[kept++] = c;
                inSpace = false;
            } else if (inSpace) {
                changed = true;
            } else {
                changed |= c != ' ';
                chars[kept++] = ' ';
                inSpace = true;
            }
        }
        return changed ? new String(chars, 0, kept) : string;
    }
}
