package io.github.trackdown.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /**
     * A distinct slug for each name, in the names' order: a name whose slug an earlier name already has gets the
     * slug followed by {@code -2}, {@code -3} and so on, so that two names never share a page.
     */
    public static Map<String, String> distinct(Iterable<String> names) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String slug = of(name);
            String unique = slug;
            for (int n = 2; !taken.add(unique); n++) {
                unique = slug + "-" + n;
            }
            slugs.put(name, unique);
        }
        return slugs;
    }
}
