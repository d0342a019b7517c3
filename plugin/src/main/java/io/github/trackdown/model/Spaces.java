package io.github.trackdown.model;

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
