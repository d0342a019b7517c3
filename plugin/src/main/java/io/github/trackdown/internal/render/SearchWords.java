package io.github.trackdown.internal.render;

import io.github.trackdown.model.Spaces;
import java.util.Arrays;
import java.util.Locale;

/**
 * The search index's words of a text: distinct words (runs of characters other than white space), lower-cased as
 * {@code toLowerCase(Locale.ROOT)} does, in the order first met ({@link DataExports#searchIndex}). A word met again is
 * found by its hash and its characters in place, without being copied: most words of a recommendation are. A word
 * met first is copied once, to the end of the words joined so far, and found there afterwards.
 *
 * <p>A text is copied once into a reused array, and its ASCII letters are lower-cased in place in the same pass that
 * finds its words. At a character beyond ASCII the text is lower-cased whole by {@link String#toLowerCase(Locale)}
 * instead, as the rules beyond ASCII depend on the letters around, and read again from its start: the words met
 * before that character are found again, and kept once. {@link #clear()} starts again with the arrays already made,
 * for the next recommendation.
 */
final class SearchWords {
    /** Where each kept word starts in {@link #joined}, plus one, by the slot its hash leads to; 0 for an empty slot. */
    private int[] starts = new int[512];
    private int[] lengths = new int[512];
    private int[] hashes = new int[512];
    private int size;
    /** The words kept, separated by one space. */
    private char[] joined = new char[4096];
    private int joinedLength;
    private char[] chars = new char[1024];

    /** Forgets every word kept, keeping the arrays for the next words. */
    void clear() {
        if (size > 0) {
            Arrays.fill(starts, 0);
            size = 0;
            joinedLength = 0;
        }
    }

    /** Adds the words of a text. */
    void addAll(String text) {
        if (!addAll(charsOf(text), text.length(), true)) {
            // Words met before the first character beyond ASCII are met again, and found there.
            String lower = text.toLowerCase(Locale.ROOT);
            addAll(charsOf(lower), lower.length(), false);
        }
    }

    /**
     * Adds the words of a text. With {@code lowerCaseAscii}, lower-cases its ASCII letters in place, and stops at the
     * first character beyond ASCII, before adding the word it is in, answering {@code false}; without, the text is
     * lower-cased already.
     */
    private boolean addAll(char[] cs, int length, boolean lowerCaseAscii) {
        int start = -1;
        int hash = 0;
        for (int i = 0; i < length; i++) {
            char c = cs[i];
            if (c > ' ' || !Spaces.isSpace(c)) {
                if (lowerCaseAscii && c >= 'A') {
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

    /** The words, separated by one space. */
    String joined() {
        return new String(joined, 0, joinedLength);
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
        int mask = starts.length - 1;
        int slot = spread(hash) & mask;
        int length = to - from;
        for (int start = starts[slot]; start != 0; start = starts[slot]) {
            if (hashes[slot] == hash && lengths[slot] == length && sameWord(joined, start - 1, cs, from, to)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (joinedLength + length + 1 > joined.length) {
            joined = Arrays.copyOf(joined, Math.max(joinedLength + length + 1, 2 * joined.length));
        }
        if (size++ > 0) {
            joined[joinedLength++] = ' ';
        }
        System.arraycopy(cs, from, joined, joinedLength, length);
        starts[slot] = joinedLength + 1;
        lengths[slot] = length;
        hashes[slot] = hash;
        joinedLength += length;
        if (size * 2 > starts.length) {
            grow();
        }
    }

    /**
     * Whether the word at {@code word[at, at + to - from)} is {@code cs[from, to)}: a loop of its own is quicker than
     * a library call for a word.
     */
    private static boolean sameWord(char[] word, int at, char[] cs, int from, int to) {
        for (int i = from, j = at; i < to; i++, j++) {
            if (word[j] != cs[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldHashes = hashes;
        starts = new int[oldStarts.length * 2];
        lengths = new int[oldStarts.length * 2];
        hashes = new int[oldStarts.length * 2];
        int mask = starts.length - 1;
        for (int i = 0; i < oldStarts.length; i++) {
            if (oldStarts[i] != 0) {
                int slot = spread(oldHashes[i]) & mask;
                while (starts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                starts[slot] = oldStarts[i];
                lengths[slot] = oldLengths[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
