package io.github.trackdown.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the lower-case, hyphenated words used in page names and anchors. */
public final class Slugs {

    private Slugs() {
    }

    /** {@code "Public engagement & social licence"} becomes {@code "public-engagement-social-licence"}. */
    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
