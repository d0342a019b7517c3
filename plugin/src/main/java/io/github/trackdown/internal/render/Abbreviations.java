package io.github.trackdown.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks the first use of each declared abbreviation on a page with {@code <abbr title="...">}, so a reader learns
 * what "CDDO" stands for where it first appears (WCAG 2.2, 3.1.4 Abbreviations).
 *
 * <p>Only text in the page's {@code <body>} is looked at, never tags or attribute values, nor text inside
 * {@code <abbr>}, {@code <code>}, {@code <pre>}, {@code <script>}, {@code <style>}, {@code <svg>},
 * {@code <option>}, {@code <textarea>} or {@code <title>}. An abbreviation matches as a whole word, with the
 * capitals as declared ("IDS", not "ids"). A page without any declared abbreviation is returned as it is.
 */
public final class Abbreviations {

    private static final Set<String> SKIPPED = Set.of("abbr", "code", "pre", "script", "style", "svg", "option",
            "textarea", "title");

    private final List<Map.Entry<String, String>> longestFirst;

    /**
     * The marker for a tracker's abbreviations.
     *
     * @param meanings what each abbreviation stands for, such as {@code CDDO} to {@code Central Digital and Data
     *     Office}; may be empty
     */
    public Abbreviations(Map<String, String> meanings) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(meanings.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        this.longestFirst = List.copyOf(entries);
    }

    /** Whether there is nothing to mark. */
    public boolean isEmpty() {
        return longestFirst.isEmpty();
    }

    /** The page with the first use of each abbreviation in its body marked up. */
    public String mark(String html) {
        if (longestFirst.isEmpty()) {
            return html;
        }
        int body = html.indexOf("<body");
        if (body < 0) {
            return html;
        }
        Set<String> used = new java.util.HashSet<>();
        StringBuilder out = new StringBuilder(html.length() + 256);
        out.append(html, 0, body);
        int i = body;
        String skipping = null;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int textEnd = tag < 0 ? html.length() : tag;
            String text = html.substring(i, textEnd);
            out.append(skipping == null && used.size() < longestFirst.size() ? markText(text, used) : text);
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            if (close < 0) {
                out.append(html, tag, html.length());
                break;
            }
            String tagText = html.substring(tag, close + 1);
            out.append(tagText);
            String name = tagName(tagText);
            if (skipping == null && SKIPPED.contains(name) && !tagText.startsWith("</") && !tagText.endsWith("/>")) {
                skipping = name;
            } else if (skipping != null && tagText.startsWith("</") && name.equals(skipping)) {
                skipping = null;
            }
            i = close + 1;
        }
        return out.toString();
    }

    private String markText(String text, Set<String> used) {
        String result = text;
        for (Map.Entry<String, String> abbreviation : longestFirst) {
            String word = abbreviation.getKey();
            if (used.contains(word)) {
                continue;
            }
            int at = find(result, word);
            if (at >= 0) {
                used.add(word);
                result = result.substring(0, at) + "<abbr title=\"" + Html.escape(abbreviation.getValue()) + "\">"
                        + result.substring(at, at + word.length()) + "</abbr>" + result.substring(at + word.length());
            }
        }
        return result;
    }

    /** Where the word first stands on its own in the text (outside any mark-up added), or -1. */
    private static int find(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (alone && !insideAddedMarkup(text, at)) {
                return at;
            }
            from = at + 1;
        }
    }

    private static boolean insideAddedMarkup(String text, int at) {
        int open = text.lastIndexOf("<abbr", at);
        return open >= 0 && text.indexOf("</abbr>", open) > at || text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
    }

    private static String tagName(String tag) {
        int start = tag.startsWith("</") ? 2 : 1;
        int end = start;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
