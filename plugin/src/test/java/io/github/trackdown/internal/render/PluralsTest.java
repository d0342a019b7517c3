package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PluralsTest {

    @Test
    void englishSaysOneRecommendationAndTwoRecommendations() {
        String pattern = Messages.forLanguage("en").text("count.recommendations");

        assertEquals(List.of("0 recommendations", "1 recommendation", "2 recommendations", "11 recommendations"),
                LongStream.of(0, 1, 2, 11).mapToObj(n -> Plurals.format(pattern, "en", n)).toList());
    }

    @Test
    void welshHasSixFormsChosenByTheCount() {
        assertEquals(List.of("zero", "one", "two", "few", "many", "other"),
                LongStream.of(0, 1, 2, 3, 6, 11).mapToObj(n -> Plurals.category("cy", n)).toList());
    }

    @Test
    void theWelshBundleGivesEachOfTheSixCountsItsOwnForm() {
        String pattern = Messages.forLanguage("cy").text("count.recommendations");

        assertEquals(List.of("dim argymhellion", "1 argymhelliad", "2 argymhelliad", "3 argymhelliad",
                "6 argymhelliad", "11 o argymhellion"),
                LongStream.of(0, 1, 2, 3, 6, 11).mapToObj(n -> Plurals.format(pattern, "cy", n)).toList());
    }

    @Test
    void everyCountMessageOfBothBundlesHasAFormForEveryCategoryOfItsLanguage() {
        for (String language : Messages.SHIPPED) {
            Messages messages = Messages.forLanguage(language);
            for (String key : messages.keys()) {
                String text = messages.text(key);
                if (!text.contains(", plural,")) {
                    continue;
                }
                for (long n : new long[] {0, 1, 2, 3, 6, 11}) {
                    String category = Plurals.category(language, n);
                    assertEquals(true, text.contains(category + " {") || category.equals("other"),
                            language + " `" + key + "` has no `" + category + "` form (for " + n + ")");
                }
            }
        }
    }
}
