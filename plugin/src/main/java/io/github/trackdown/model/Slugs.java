package io.github.trackdown.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns names into the lower-case, hyphenated words used in page names and anchors.
 *
 * <p>Accents are dropped and Greek and Cyrillic letters written in Latin ones ({@code Не выполнено} becomes
 * {@code ne-vypolneno}); letters of other scripts have no Latin spelling here and are left out, so a name made only
 * of them has no slug of its own: see {@link #of(String, String)}.
 */
public final class Slugs {

    private Slugs() {
    }

    /**
     * {@code "Public engagement & social licence"} becomes {@code "public-engagement-social-licence"}; a name with
     * no letter or digit that has a Latin spelling becomes {@code "x"}.
     */
    public static String of(String name) {
        return of(name, "x");
    }

    /** The slug of a name, or {@code fallback} when the name has no letter or digit that has a Latin spelling. */
    public static String of(String name, String fallback) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            latin.append(Transliteration.of(c));
        }
        String slug = latin.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
