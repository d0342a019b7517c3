package io.github.trackdown.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Text made safe to place in a URL's query, with spaces as {@code %20} (mail programs show {@code +} as is). */
final class UrlText {

    private UrlText() {
    }

    /** The text percent-encoded as UTF-8, spaces written {@code %20}. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
