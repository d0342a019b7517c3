package io.github.trackdown.internal.check;

import io.github.trackdown.model.Spaces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Looks up the words editors write (a status, an outcome, a theme) in a vocabulary.
 *
 * <p>Case, repeated spaces and how accents are encoded (composed or not) do not matter: {@code some  Progress}
 * finds "Some progress". (Spaces are those of
 * the regex {@code \\s}: space, tab, line breaks, vertical tab and form feed.)
 *
 * @param <T> the kind of term
 */
final class Terms<T> {

    private final Map<String, T> byKey = new LinkedHashMap<>();
    private final List<String> names;

    Terms(List<T> terms, Function<T, String> name) {
        for (T term : terms) {
            byKey.put(key(name.apply(term)), term);
        }
        this.names = terms.stream().map(name).toList();
    }

    /** The comparison key of a written name: composed (NFC), so that {@code é} typed either way matches. */
    static String key(String name) {
        String composed = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        return Spaces.collapse(composed.strip()).toLowerCase(Locale.ROOT);
    }

    /** The term with that name, or {@code null}. */
    T find(String written) {
        return byKey.get(key(written));
    }

    /** Every name, in vocabulary order. */
    List<String> names() {
        return names;
    }
}
