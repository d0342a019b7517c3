package io.github.trackdown.internal.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes a site path as a URL path: every character but letters, digits, {@code - . _ ~} and {@code /} is
 * percent-encoded as UTF-8, so that a file named {@code chart #1.png} or {@code what?.pdf} is reached by browsers.
 */
final class UrlPaths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    /** {@code files/2024/chart #1.png} becomes {@code files/2024/chart%20%231.png}. */
    static String encode(String path) {
        StringBuilder url = null;
        for (int i = 0; i < path.length(); i++) {
            if (!plain(path.charAt(i))) {
                url = new StringBuilder(path.length() + 16).append(path, 0, i);
                for (byte b : path.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    if (b >= 0 && plain((char) b)) {
                        url.append((char) b);
                    } else {
                        url.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                break;
            }
        }
        return url == null ? path : url.toString();
    }

    private static boolean plain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~' || c == '/';
    }
}
