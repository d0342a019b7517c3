package io.github.trackdown.opendata;

/**
 * Keeps text from being run as a formula when a spreadsheet opens the data (CSV injection).
 *
 * <p>Following OWASP's advice on CSV injection, a value that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a single quote ({@code '}) before it: spreadsheets then show it as text, and a
 * reader sees the original value after the quote.
 */
public final class CellSafety {

    private CellSafety() {
    }

    /** The value, with a {@code '} before it when it would start a formula. */
    public static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
