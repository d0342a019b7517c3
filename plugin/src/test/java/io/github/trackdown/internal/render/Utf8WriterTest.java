package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    private static final boolean[] AVOIDING_LESS_THAN = new boolean[128];

    static {
        AVOIDING_LESS_THAN['<'] = true;
    }

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
    void writesTextUnlessItHoldsAnAvoidedCharacter() {
        Utf8Writer out = new Utf8Writer(4);
        assertFalse(out.writeUnlessHolding("a <b> c", AVOIDING_LESS_THAN));
        assertTrue(out.writeUnlessHolding("café → 😀 >", AVOIDING_LESS_THAN));
        assertArrayEquals("café → 😀 >".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void encodesPiecesWrittenEachWayLikeTheirConcatenation() {
        Random random = new Random(5);
        String alphabet = "ab<>&é–↑😀\uD83D\uDE00";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder all = new StringBuilder();
            java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
            boolean toSink = random.nextBoolean();
            Utf8Writer out = toSink ? new Utf8Writer(16, sink) : new Utf8Writer(4);
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(40); i >= 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String s = text.toString();
                all.append(s);
                switch (random.nextInt(5)) {
                    case 0 -> out.write(s);
                    case 3 -> out.write(s, s.getBytes(StandardCharsets.UTF_8));
                    case 1 -> {
                        if (!out.writeUnlessHolding(s, AVOIDING_LESS_THAN)) {
                            out.write(s.toCharArray(), 0, s.length());
                        }
                    }
                    case 2 -> out.write(s.toCharArray(), 0, s.length());
                    default -> s.chars().forEach(out::write);
                }
            }
            byte[] written;
            if (toSink) {
                out.finish();
                written = sink.toByteArray();
            } else {
                written = out.toByteArray();
            }
            assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), written, all.toString());
        }
    }
}
