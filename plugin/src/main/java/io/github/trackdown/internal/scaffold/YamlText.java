package io.github.trackdown.internal.scaffold;

import java.util.regex.Pattern;

/** Writes text as a YAML scalar: as it is when that reads back the same, in double quotes otherwise. */
final class YamlText {

    /** Words, digits, spaces and punctuation that mean nothing to YAML inside a plain value. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.;()&/'’-]*");

    private YamlText() {
    }

    /** The text as a YAML value on the same line as its key. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
