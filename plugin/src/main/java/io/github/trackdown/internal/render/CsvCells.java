package io.github.trackdown.internal.render;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula: a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return (such as a title {@code =HYPERLINK(…)}) gets a leading
 * {@code '}, which spreadsheets read as "this is text" and hide (OWASP's advice on CSV injection).
 */
final class CsvCells {

    private CsvCells() {
    }

    /** The values of a row, text made safe; other values as they are. */
    static Object[] safe(Object... values) {
        Object[] cells = values.clone();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof String text) {
                cells[i] = safe(text);
            }
        }
        return cells;
    }

    /** One text cell made safe. */
    static String safe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
