package io.github.trackdown.internal.opendata;

/**
 * Keeps text from being run as a formula when a spreadsheet opens the data (CSV injection).
 *
 * <p>Following OWASP's advice on CSV injection, a value that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a single quote ({@code '}) before it: spreadsheets then show it as text, and a
 * reader sees the original value after the quote. A plain negative number ({@code -3}, {@code -0.5}) is left as it
 * is: a spreadsheet reads it as the number it is, and nothing else.
 */
public final class CellSafety {

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

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
        // Only a value starting with a minus can be both: the pattern is tried on those alone.
        if (!formula || first == '-' && PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
