package io.github.trackdown.internal.check;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds names that mix Latin, Greek and Cyrillic letters, which look alike (Latin {@code e} and Cyrillic {@code е}):
 * such a name looks like another but never matches it.
 */
final class Scripts {

    private static final Set<UnicodeScript> LOOK_ALIKE =
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC);

    private Scripts() {
    }

    /** {@code "Latin and Cyrillic"} when the text mixes look-alike scripts, or {@code null}. */
    static String mixed(String text) {
        Set<String> found = new TreeSet<>();
        text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).filter(LOOK_ALIKE::contains)
                .forEach(script -> found.add(name(script)));
        return found.size() < 2 ? null : String.join(" and ", found);
    }

    private static String name(UnicodeScript script) {
        String upper = script.name();
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
