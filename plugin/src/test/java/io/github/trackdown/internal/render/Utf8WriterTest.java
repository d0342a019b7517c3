package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void encodesLikeStringGetBytes() {
        String[] samples = {"", "plain ASCII <p>", "café – ↑ improved → next", "emoji 😀 and 𝄞 clef",
            "lone \uD800 high", "lone \uDC00 low", "ends high \uD83D"};
        for (String sample : samples) {
            Utf8Writer out = new Utf8Writer(1);
            out.write(sample);
            assertArrayEquals(sample.getBytes(StandardCharsets.UTF_8), out.toByteArray(), sample);
        }
    }

    @Test
    void encodesPiecesWrittenEachWayLikeTheirConcatenation() {
        Random random = new Random(5);
        String alphabet = "ab<>&é–↑😀\uD83D\uDE00";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder all = new StringBuilder();
            Utf8Writer out = new Utf8Writer(4);
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i >= 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String s = text.toString();
                all.append(s);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s);
                    case 1 -> out.write(s.toCharArray(), 0, s.length());
                    default -> s.chars().forEach(out::write);
                }
            }
            assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), all.toString());
        }
    }
}
