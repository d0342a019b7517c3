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

    /** The text with every run of white space made one space, as {@code replaceAll("\\s+", " ")} does, in one pass. */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isSpace(c);
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }
}
