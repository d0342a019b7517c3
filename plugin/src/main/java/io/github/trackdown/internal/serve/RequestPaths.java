package io.github.trackdown.internal.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the path of a request into the path of a site file, refusing anything that could lead elsewhere.
 *
 * <p>Refused: a path that does not start with {@code /}; a {@code .} or {@code ..} step, written plainly or
 * percent-encoded ({@code %2e%2e}); an encoded {@code /} ({@code %2f}) or any backslash, plain or encoded
 * ({@code %5c}); an empty step ({@code //}); a NUL or other control character; a malformed {@code %} escape or
 * bytes that are not UTF-8. A path ending in {@code /} means that folder's {@code index.html}.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    /**
     * The site path of a raw request path, such as {@code reviews/2024.html} for {@code /reviews/2024.html}.
     *
     * @param rawPath the path as the request wrote it, percent-encoding included, without the query
     * @return the site path, or empty when the path is refused
     */
    static Optional<String> toSitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String path = rawPath.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        StringBuilder site = new StringBuilder();
        for (String rawStep : path.split("/", -1)) {
            String step = decode(rawStep);
            if (step == null || step.isEmpty() || step.equals(".") || step.equals("..") || step.indexOf('/') >= 0
                    || step.indexOf('\\') >= 0 || step.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            if (site.length() > 0) {
                site.append('/');
            }
            site.append(step);
        }
        return Optional.of(site.toString());
    }

    /** Decodes {@code %XX} escapes as UTF-8; {@code null} when malformed. A {@code +} stays a {@code +}. */
    private static String decode(String step) {
        if (step.indexOf('%') < 0) {
            return step;
        }
        ByteBuffer bytes = ByteBuffer.allocate(step.length());
        for (int i = 0; i < step.length(); i++) {
            char c = step.charAt(i);
            if (c == '%') {
                if (i + 2 >= step.length()) {
                    return null;
                }
                int high = Character.digit(step.charAt(i + 1), 16);
                int low = Character.digit(step.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                return null;
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
