package io.github.trackdown.internal.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the tables of an OpenDocument spreadsheet's {@code content.xml} as a stream, cell by cell, so that a
 * spreadsheet of many thousands of rows is never held in memory. Text is escaped for XML; characters XML cannot hold
 * at all are left out.
 *
 * <p>The markup is ASCII made once, and a cell's text is escaped and encoded in one pass over its characters
 * ({@link Utf8Buffer}): most of it is ASCII that needs no escaping, copied a byte per character.
 */
final class SheetXml extends Utf8Buffer {

    private static final byte[] TABLE_END = ascii("</table:table>");
    private static final byte[] ROW_START = ascii("<table:table-row>");
    private static final byte[] ROW_END = ascii("</table:table-row>");
    private static final byte[] CELL_START = ascii("<table:table-cell");
    private static final byte[] EMPTY_CELL = ascii("<table:table-cell/>");
    private static final byte[] TEXT_START = ascii(" office:value-type=\"string\"><text:p>");
    private static final byte[] TEXT_END = ascii("</text:p></table:table-cell>");
    private static final byte[] NUMBER_START = ascii("<table:table-cell office:value-type=\"float\" office:value=\"");
    private static final byte[] NUMBER_MIDDLE = ascii("\"><text:p>");
    private static final byte[] SPACES_START = ascii("<text:s text:c=\"");
    private static final byte[] SPACES_END = ascii("\"/>");
    private static final byte[] TAB = ascii("<text:tab/>");
    private static final byte[] LINE_BREAK = ascii("<text:line-break/>");
    private static final byte[] AMPERSAND = ascii("&amp;");
    private static final byte[] LESS_THAN = ascii("&lt;");
    private static final byte[] GREATER_THAN = ascii("&gt;");
    private static final byte[] QUOTE = ascii("&quot;");

    /** How many characters of a text are escaped after one check for room. */
    private static final int SEGMENT = 1024;
    /** The most bytes one character of a text can become: a lone space as {@code <text:s text:c="1"/>}. */
    private static final int MOST_BYTES_PER_CHAR = SPACES_START.length + 10 + SPACES_END.length;

    private static final byte[] TEXT_CELL_START = ascii("<table:table-cell office:value-type=\"string\"><text:p>");
    /** The text of an empty cell: a marker of its own, as a text can also be escaped to nothing. */
    private static final byte[] EMPTY_TEXT = new byte[0];

    /**
     * How a text cell's content is written: escaped ({@link #text}), without the cell's markup. Kept with a table:
     * a portfolio's combined spreadsheet copies its reports' cells.
     */
    static final CellEncoding CELLS = new CellEncoding(0) {
        @Override
        Encoder encoder() {
            SheetXml inMemory = new SheetXml(null);
            return (value, column) -> {
                if (value.isEmpty()) {
                    return EMPTY_TEXT;
                }
                inMemory.escapeText(value);
                return inMemory.take();
            };
        }
    };

    /** Writes to {@code out}, which it never closes; with {@code null}, keeps the bytes for {@link #take()}. */
    SheetXml(OutputStream out) {
        super(out);
    }

    /** Writes markup as it is. */
    void raw(String xml) throws IOException {
        write(xml);
    }

    /** Starts a table with one column per style name given (a style of {@code content.xml}, for its width). */
    void startTable(String name, List<String> columnStyles) throws IOException {
        StringBuilder start = new StringBuilder(256);
        start.append("<table:table table:name=\"");
        escape(name, start);
        start.append("\">");
        for (String style : columnStyles) {
            start.append("<table:table-column table:style-name=\"").append(style).append("\"/>");
        }
        write(start.toString());
    }

    void endTable() throws IOException {
        write(TABLE_END);
    }

    void startRow() throws IOException {
        write(ROW_START);
    }

    void endRow() throws IOException {
        write(ROW_END);
    }

    /** A text cell, or an empty cell when the text is empty; {@code style} may be {@code null}. */
    void text(String value, String style) throws IOException {
        if (style == null && value.isEmpty()) {
            write(EMPTY_CELL);
            return;
        }
        write(CELL_START);
        if (style != null) {
            write(" table:style-name=\"");
            write(style);
            write('"');
        }
        if (value.isEmpty()) {
            write('/');
            write('>');
        } else {
            write(TEXT_START);
            escapeText(value);
            write(TEXT_END);
        }
    }

    /** A text cell without a style, its text {@linkplain #CELLS encoded} before: as {@code text(value, null)}. */
    void text(byte[] escaped) throws IOException {
        if (escaped == EMPTY_TEXT) {
            write(EMPTY_CELL);
        } else {
            write(TEXT_CELL_START);
            write(escaped);
            write(TEXT_END);
        }
    }

    /** A number cell; {@code digits} is a number as the data writes it, such as {@code 2024} or {@code -0.5}. */
    void number(String digits) throws IOException {
        write(NUMBER_START);
        write(digits);
        write(NUMBER_MIDDLE);
        write(digits);
        write(TEXT_END);
    }

    /**
     * Writes the text as the content of a {@code text:p}: escaped for XML, a space at the start or in a run kept as
     * {@code text:s}, a tab as {@code text:tab} and a line break as {@code text:line-break} (ODF folds white space
     * otherwise), and characters XML cannot hold left out (the other control characters, a carriage return,
     * U+FFFE and U+FFFF).
     */
    private void escapeText(String text) throws IOException {
        int length = text.length();
        // From the Latin-1 bytes with room made for the whole text at once: a text of a cell kept in memory, or short.
        if (keepsBytes() || length <= SEGMENT) {
            room(MOST_BYTES_PER_CHAR * length);
            int begin = count;
            if (escapeLatin1(text, latin1Of(text))) {
                return;
            }
            count = begin;
        }
        escapeChars(text);
    }

    /**
     * {@link #escapeText} from the text's Latin-1 bytes ({@link #latin1Of}), with room made; or {@code false} as soon
     * as a {@code ?} among them stands for a character beyond Latin-1, part of the text written.
     */
    private boolean escapeLatin1(String text, byte[] cs) {
        int length = cs.length;
        byte[] b = bytes;
        int at = count;
        for (int i = 0; i < length; i++) {
            int c = cs[i] & 0xFF;
            if (c >= '?') {
                if (c >= 0x80) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (c != '?' || text.charAt(i) == '?') {
                    b[at++] = (byte) c;
                } else {
                    return false;
                }
            } else if (c > ' ') {
                byte[] entity = c == '&' ? AMPERSAND : c == '<' ? LESS_THAN : c == '>' ? GREATER_THAN
                        : c == '"' ? QUOTE : null;
                if (entity == null) {
                    b[at++] = (byte) c;
                } else {
                    System.arraycopy(entity, 0, b, at, entity.length);
                    at += entity.length;
                }
            } else if (c == ' ') {
                if (i > 0 && (i + 1 == length || cs[i + 1] != ' ')) {
                    b[at++] = ' ';
                } else {
                    int run = i + 1;
                    while (run < length && cs[run] == ' ') {
                        run++;
                    }
                    count = at;
                    spaces(run - i);
                    at = count;
                    i = run - 1;
                }
            } else if (c == '\t') {
                System.arraycopy(TAB, 0, b, at, TAB.length);
                at += TAB.length;
            } else if (c == '\n') {
                System.arraycopy(LINE_BREAK, 0, b, at, LINE_BREAK.length);
                at += LINE_BREAK.length;
            }
        }
        count = at;
        return true;
    }

    /** {@link #escapeText} from the text's characters. */
    private void escapeChars(String text) throws IOException {
        int length = text.length();
        char[] cs = charsOf(text);
        int i = 0;
        while (i < length) {
            int end = Math.min(length, i + SEGMENT);
            room(MOST_BYTES_PER_CHAR * (end - i));
            byte[] b = bytes;
            int at = count;
            for (; i < end; i++) {
                char c = cs[i];
                if (c >= '?') {
                    if (c < 0x80) {
                        b[at++] = (byte) c;
                    } else if (c < 0xFFFE) {
                        count = at;
                        // A surrogate pair stays one character across characters left out between its halves.
                        int next = Character.isHighSurrogate(c) ? kept(cs, i + 1, length) : i + 1;
                        if (writeBeyondAscii(c, next < length ? cs[next] : 0)) {
                            i = next;
                        }
                        at = count;
                    }
                } else if (c > ' ') {
                    byte[] entity = c == '&' ? AMPERSAND : c == '<' ? LESS_THAN : c == '>' ? GREATER_THAN
                            : c == '"' ? QUOTE : null;
                    if (entity == null) {
                        b[at++] = (byte) c;
                    } else {
                        System.arraycopy(entity, 0, b, at, entity.length);
                        at += entity.length;
                    }
                } else if (c == ' ') {
                    if (i > 0 && (i + 1 == length || cs[i + 1] != ' ')) {
                        b[at++] = ' ';
                    } else {
                        int run = i + 1;
                        while (run < length && cs[run] == ' ') {
                            run++;
                        }
                        count = at;
                        spaces(run - i);
                        at = count;
                        i = run - 1;
                    }
                } else if (c == '\t') {
                    System.arraycopy(TAB, 0, b, at, TAB.length);
                    at += TAB.length;
                } else if (c == '\n') {
                    System.arraycopy(LINE_BREAK, 0, b, at, LINE_BREAK.length);
                    at += LINE_BREAK.length;
                }
            }
            count = at;
        }
    }

    /** Writes {@code <text:s text:c="N"/>}, with room made. */
    private void spaces(int n) {
        System.arraycopy(SPACES_START, 0, bytes, count, SPACES_START.length);
        count += SPACES_START.length;
        String digits = Integer.toString(n);
        for (int d = 0; d < digits.length(); d++) {
            bytes[count++] = (byte) digits.charAt(d);
        }
        System.arraycopy(SPACES_END, 0, bytes, count, SPACES_END.length);
        count += SPACES_END.length;
    }

    /** The index of the first character from {@code from} that {@link #escapeText} does not leave out. */
    private static int kept(char[] cs, int from, int length) {
        int i = from;
        while (i < length && (cs[i] < ' ' && cs[i] != '\t' && cs[i] != '\n' || cs[i] >= 0xFFFE)) {
            i++;
        }
        return i;
    }

    /** Appends the text escaped for an XML attribute value or element content, as it is. */
    static void escape(String text, StringBuilder to) {
        for (int i = 0; i < text.length(); i++) {
            escapeChar(text.charAt(i), to);
        }
    }

    private static void escapeChar(char c, StringBuilder to) {
        switch (c) {
            case '&' -> to.append("&amp;");
            case '<' -> to.append("&lt;");
            case '>' -> to.append("&gt;");
            case '"' -> to.append("&quot;");
            case '\t' -> to.append("&#9;");
            case '\n' -> to.append("&#10;");
            case '\r' -> to.append("&#13;");
            default -> {
                if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                    to.append(c);
                }
            }
        }
    }
}
