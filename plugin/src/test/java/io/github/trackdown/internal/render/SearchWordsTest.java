package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void eachWordIsKeptOnceLowerCasedInTheOrderFirstMet() {
        SearchWords words = new SearchWords();
        words.addAll("Share  DATA\nshare data.");
        words.addAll("\tdata Now ");

        assertEquals("share data data. now", words.joined());
    }

    @Test
    void textBeyondAsciiIsLowerCasedAsStringToLowerCaseDoesWithTheLettersAround() {
        String text = "Été ÉTÉ été\u000Bİstanbul\fΟΔΟΣ ΟΔΟΣ. Straße\u0001x STRASSE 🙂";
        SearchWords words = new SearchWords();
        words.addAll(text);
        words.addAll("ÉTÉ plain ASCII");

        assertEquals(String.join(" ", new LinkedHashSet<>(List.of((text + " ÉTÉ plain ASCII")
                .toLowerCase(Locale.ROOT).split("\\s+")))), words.joined());
        assertEquals("été i̇stanbul οδος οδος. straße\u0001x strasse 🙂 plain ascii",
                words.joined(), "the final sigma and the dotted capital I as lower-casing the whole text gives them");
    }

    @Test
    void manyDistinctWordsGiveWhatASetOfWordsGives() {
        Random random = new Random(8);
        SearchWords words = new SearchWords();
        Set<String> expected = new LinkedHashSet<>();
        for (int text = 0; text < 50; text++) {
            StringBuilder written = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                written.append("Word").append(random.nextInt(3_000)).append(random.nextBoolean() ? " " : "\n");
            }
            words.addAll(written.toString());
            for (String word : written.toString().toLowerCase(Locale.ROOT).split("\\s+")) {
                expected.add(word);
            }
        }
        assertEquals(String.join(" ", expected), words.joined());
    }

    @Test
    void clearedWordsStartAgainAsIfNoWordHadBeenMet() {
        SearchWords words = new SearchWords();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            many.append("word").append(i).append(' ');
        }
        words.addAll(many.toString());
        words.clear();
        words.addAll("Word7 share word7 DATA");

        assertEquals("word7 share data", words.joined());
        words.clear();
        assertEquals("", words.joined());
    }
}
