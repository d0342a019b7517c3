package io.github.trackdown.internal.render;

import com.github.mustachejava.TemplateFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word of the interface, in the tracker's language, from a message bundle.
 *
 * <p>Bundles are UTF-8 files {@code /io/github/trackdown/messages/messages_LANG.properties}; English and Welsh
 * ({@link #SHIPPED}) ship. A language without a bundle uses English words (the pages still carry the tracker's own
 * {@code lang}). A message may hold Mustache values, such as {@code {{year}}}, filled in from the page it is on;
 * messages used from Java take {@code {0}}, {@code {1}}... A key that the bundle lacks is an error, never a blank.
 */
public final class Messages {

    /** The languages whose bundles ship with Trackdown. */
    public static final List<String> SHIPPED = List.of("en", "cy");

    private static final Map<String, Messages> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, String> texts;
    private final TemplateFunction templateFunction;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
        this.templateFunction = key -> text(key.strip());
    }

    /** The messages for a language tag, such as {@code cy}; English when no bundle ships for it. */
    public static Messages forLanguage(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        String bundle = SHIPPED.contains(language) ? language : "en";
        return LOADED.computeIfAbsent(bundle, b -> new Messages(b, load(b)));
    }

    /** The language of the bundle in use. */
    public String language() {
        return language;
    }

    /** Every key of the bundle. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** The message for a key. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message `" + key + "` in the " + language + " bundle");
        }
        return text;
    }

    /** The message for a key with {@code {0}}, {@code {1}}... replaced by the arguments. */
    public String format(String key, Object... arguments) {
        String text = text(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /**
     * The message for a count, written in ICU's plural syntax in the bundle ({@code {count, plural, one {...}
     * other {...}}}), in the form the language's plural rules give that count.
     *
     * @param values other named values of the message, such as {@code year}; may be empty
     */
    public String plural(String key, long count, Map<String, ?> values) {
        return Plurals.format(text(key), language, count, values);
    }

    /** "1 recommendation", "16 recommendations": a number of recommendations in the language's form. */
    public String recommendations(long count) {
        return plural("count.recommendations", count, Map.of());
    }

    /** For templates: {@code {{#t}}key{{/t}}} places the message, its Mustache values filled from the page. */
    public TemplateFunction templateFunction() {
        return templateFunction;
    }

    private static Map<String, String> load(String language) {
        String name = "/io/github/trackdown/messages/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return Map.copyOf(texts);
    }
}
