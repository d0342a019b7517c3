package io.github.trackdown.internal.render;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * Messages that depend on a count, in the grammar of the tracker's language.
 *
 * <p>A bundle writes such a message in ICU's plural syntax, one form per plural category of its language (CLDR's
 * rules: English has {@code one} and {@code other}; Welsh has {@code zero}, {@code one}, {@code two},
 * {@code few}, {@code many} and {@code other}), with {@code #} standing for the count:
 *
 * <pre>{@code
 * count.recommendations = {count, plural, one {# recommendation} other {# recommendations}}
 * }</pre>
 *
 * <p>{@code Plurals.format(pattern, "en", 1)} then gives "1 recommendation", never "1 recommendations". Other
 * values of the pattern, such as {@code {year}}, are filled from {@code values}.
 */
public final class Plurals {

    /**
     * The parsed messages, per thread (a message format is not safe to share between threads) and per language and
     * pattern: parsing one looks its number format up in ICU's locked registry, which a site's many counts made the
     * costliest part of small pages.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private Plurals() {
    }

    /**
     * The message for a count.
     *
     * @param pattern the message in ICU's plural syntax, its count named {@code count}
     * @param language the language tag whose plural rules choose the form, such as {@code cy}
     * @param count the count
     * @param values other named values of the pattern; may be empty
     */
    public static String format(String pattern, String language, long count, Map<String, ?> values) {
        MessageFormat format = PARSED.get().computeIfAbsent(language + '\n' + pattern,
                key -> new MessageFormat(pattern, ULocale.forLanguageTag(language)));
        java.util.Map<String, Object> arguments = new java.util.HashMap<>(values);
        arguments.put("count", count);
        return format.format(arguments);
    }

    /** The message for a count, a pattern with no other value. */
    public static String format(String pattern, String language, long count) {
        return format(pattern, language, count, Map.of());
    }

    /** The plural category of a count in a language: {@code zero}, {@code one}, {@code two}, {@code few}, {@code many} or {@code other}. */
    public static String category(String language, long count) {
        return PluralRules.forLocale(ULocale.forLanguageTag(language)).select(count);
    }
}
