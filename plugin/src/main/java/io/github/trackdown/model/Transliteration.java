package io.github.trackdown.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Latin spellings of lower-case Greek and Cyrillic letters, and of the Latin letters that have no accent-free form
 * of their own ({@code ß}, {@code æ}, {@code ø}, ...), for slugs. Simplified from the usual romanisations
 * (ISO 843 for Greek, the passport style for Cyrillic); only page names use them, never what readers see.
 */
final class Transliteration {

    private static final Map<Character, String> LATIN = new HashMap<>();

    static {
        String[] pairs = {
            // Latin letters that do not decompose into a base letter and an accent
            "ß ss", "æ ae", "œ oe", "ø o", "đ d", "ð d", "ł l", "þ th", "ı i", "ħ h", "ŀ l", "ĸ k", "ŋ ng",
            // Greek (accents are removed before, by decomposition)
            "α a", "β v", "γ g", "δ d", "ε e", "ζ z", "η i", "θ th", "ι i", "κ k", "λ l", "μ m", "ν n", "ξ x",
            "ο o", "π p", "ρ r", "σ s", "ς s", "τ t", "υ y", "φ f", "χ ch", "ψ ps", "ω o",
            // Cyrillic: Russian, Ukrainian, Belarusian, Serbian, Macedonian
            "а a", "б b", "в v", "г g", "д d", "е e", "ж zh", "з z", "и i", "й i", "к k", "л l", "м m", "н n",
            "о o", "п p", "р r", "с s", "т t", "у u", "ф f", "х kh", "ц ts", "ч ch", "ш sh", "щ shch", "ъ ",
            "ы y", "ь ", "э e", "ю iu", "я ia", "ё e", "є ie", "і i", "ї i", "ґ g", "ў u", "ђ dj", "ј j", "љ lj",
            "њ nj", "ћ c", "џ dz", "ѓ g", "ќ k", "ѕ dz"};
        for (String pair : pairs) {
            LATIN.put(pair.charAt(0), pair.substring(2));
        }
    }

    private Transliteration() {
    }

    /** The Latin spelling of a lower-case character; the character itself when it has none here. */
    static String of(char c) {
        String latin = LATIN.get(c);
        return latin != null ? latin : String.valueOf(c);
    }
}
