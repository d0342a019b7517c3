package io.github.trackdown.internal.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the tables of an OpenDocument spreadsheet's {@code content.xml} as a stream, cell by cell, so that a
 * spreadsheet of many thousands of rows is never held in memory. Text is escaped for XML; characters XML cannot hold
 * at all are left out.
 */
final class SheetXml {

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(256);

    /** Writes to {@code out}, which it never closes. */
    SheetXml(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    void raw(String xml) throws IOException {
        out.write(xml);
    }

    /** Starts a table with one column per style name given (a style of {@code content.xml}, for its width). */
    void startTable(String name, List<String> columnStyles) throws IOException {
        buffer.setLength(0);
        buffer.append("<table:table table:name=\"");
        escape(name, buffer);
        buffer.append("\">");
        for (String style : columnStyles) {
            buffer.append("<table:table-column table:style-name=\"").append(style).append("\"/>");
        }
        out.append(buffer);
    }

    void endTable() throws IOException {
        out.write("</table:table>");
    }

    void startRow() throws IOException {
        out.write("<table:table-row>");
    }

    void endRow() throws IOException {
        out.write("</table:table-row>");
    }

    /** A text cell, or an empty cell when the text is empty; {@code style} may be {@code null}. */
    void text(String value, String style) throws IOException {
        buffer.setLength(0);
        buffer.append("<table:table-cell");
        if (style != null) {
            buffer.append(" table:style-name=\"").append(style).append('"');
        }
        if (value.isEmpty()) {
            buffer.append("/>");
        } else {
            buffer.append(" office:value-type=\"string\"><text:p>");
            escapeText(value, buffer);
            buffer.append("</text:p></table:table-cell>");
        }
        out.append(buffer);
    }

    /** A number cell; {@code digits} is a number as the data writes it, such as {@code 2024} or {@code -0.5}. */
    void number(String digits) throws IOException {
        out.write("<table:table-cell office:value-type=\"float\" office:value=\"");
        out.write(digits);
        out.write("\"><text:p>");
        out.write(digits);
        out.write("</text:p></table:table-cell>");
    }

    void flush() throws IOException {
        out.flush();
    }

    /**
     * Appends the text as the content of a {@code text:p}: escaped for XML, a space at the start or in a run kept as
     * {@code text:s}, a tab as {@code text:tab} and a line break as {@code text:line-break} (ODF folds white space
     * otherwise), and characters XML cannot hold left out.
     */
    static void escapeText(String text, StringBuilder to) {
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c > '>' ? c < 0xFFFE : c >= ' ' && c != '&' && c != '<' && c != '>' && c != '"'
                    && (c != ' ' || i > 0 && (i + 1 == text.length() || text.charAt(i + 1) != ' '));
            if (plain) {
                continue;
            }
            to.append(text, plainFrom, i);
            if (c == ' ') {
                int end = i;
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                to.append("<text:s text:c=\"").append(end - i).append("\"/>");
                i = end - 1;
            } else if (c == '\t') {
                to.append("<text:tab/>");
            } else if (c == '\n') {
                to.append("<text:line-break/>");
            } else if (c != '\r') {
                escapeChar(c, to);
            }
            plainFrom = i + 1;
        }
        to.append(text, plainFrom, text.length());
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
