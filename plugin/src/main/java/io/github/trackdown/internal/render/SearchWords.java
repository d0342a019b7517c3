package io.github.trackdown.internal.render;

import io.github.trackdown.model.Spaces;
import java.util.Arrays;
import java.util.Locale;

/**
 * The search index's words of a text: distinct words (runs of characters other than white space), lower-cased as
 * {@code toLowerCase(Locale.ROOT)} does, in the order first met ({@link DataExports#searchIndex}). A word met again is
 * found by its hash and its characters in place, without being copied: most words of a recommendation are.
 *
 * <p>A text is copied once into a reused array, and its ASCII letters are lower-cased in place in the same pass that
 * finds its words. At a character beyond ASCII the text is lower-cased whole by {@link String#toLowerCase(Locale)}
 * instead, as the rules beyond ASCII depend on the letters around, and read again from its start: the words met
 * before that character are found again, and kept once.
 */
final class SearchWords {
    /** The words kept, by the slot their hash leads to; {@code null} for an empty slot. */
    private char[][] table = new char[512][];
    private int[] hashes = new int[512];
    private int size;
    private final StringBuilder joined = new StringBuilder();
    private char[] chars = new char[1024];

    /** Adds the words of a text. */
    void addAll(String text) {
        int length = text.length();
        char[] cs = charsOf(text);
        if (!addAllAscii(cs, length)) {
            // Words met before the first character beyond ASCII are met again, and found there.
            String lower = text.toLowerCase(Locale.ROOT);
            addAllLowerCased(charsOf(lower), lower.length());
        }
    }

    /**
     * Adds the words of a text, lower-casing ASCII letters in place; stops at the first character beyond ASCII,
     * before adding the word it is in, and then answers {@code false}.
     */
    private boolean addAllAscii(char[] cs, int length) {
        int start = -1;
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = cs[i];
            if (c > ' ') {
                if (c >= 'A') {
                    if (c <= 'Z') {
                        c += 'a' - 'A';
                        cs[i] = c;
                    } else if (c >= 0x80) {
                        return false;
                    }
                }
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (!Spaces.isSpace(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                add(cs, start, i, hash);
                start = -1;
            }
        }
        if (start >= 0) {
            add(cs, start, length, hash);
        }
        return true;
    }

    /** Adds the words of a text already lower-cased. */
    private void addAllLowerCased(char[] cs, int length) {
        int start = -1;
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = cs[i];
            if (c > ' ' || !Spaces.isSpace(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                add(cs, start, i, hash);
                start = -1;
            }
        }
        if (start >= 0) {
            add(cs, start, length, hash);
        }
    }

    /** The words, separated by one space. */
    String joined() {
        return joined.toString();
    }

    /** The text's characters in a reused array, valid until the next call. */
    private char[] charsOf(String text) {
        if (text.length() > chars.length) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    /** Adds {@code cs[from, to)}, whose {@link String#hashCode} is {@code hash}, unless it is there. */
    private void add(char[] cs, int from, int to, int hash) {
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        for (char[] word = table[slot]; word != null; word = table[slot]) {
            if (hashes[slot] == hash && sameWord(word, cs, from, to)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = Arrays.copyOfRange(cs, from, to);
        hashes[slot] = hash;
        if (size++ > 0) {
            joined.append(' ');
        }
        joined.append(cs, from, to - from);
        if (size * 2 > table.length) {
            grow();
        }
    }

    /** Whether {@code word} is {@code cs[from, to)}: a loop of its own is quicker than a library call for a word. */
    private static boolean sameWord(char[] word, char[] cs, int from, int to) {
        if (word.length != to - from) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != cs[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        char[][] oldTable = table;
        int[] oldHashes = hashes;
        table = new char[oldTable.length * 2][];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
