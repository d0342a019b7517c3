package io.github.trackdown.internal.content;

/**
 * The characters no page, feed or data file can carry: the C0 controls but tab, line feed and carriage return, DEL,
 * and the C1 controls (XML 1.0 refuses most of them, and browsers show none).
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the character is one of them. */
    static boolean is(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    /** Where the first of them is in the text, or -1. */
    static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether any of them is among the first {@code length} characters: an array is read faster than a string, one
     * character at a time.
     */
    static boolean anyIn(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (is(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** The character as {@code U+001B}. */
    static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
