package io.github.trackdown.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void ordersNumbersByValueAndIgnoresLeadingZeros() {
        assertTrue(NaturalOrder.INSTANCE.compare("R2", "R10") < 0);
        assertTrue(NaturalOrder.INSTANCE.compare("R10", "R9") > 0);
        assertTrue(NaturalOrder.INSTANCE.compare("R007", "R8") < 0);
        assertTrue(NaturalOrder.INSTANCE.compare("r1", "R2") < 0);
        assertTrue(NaturalOrder.INSTANCE.compare("R02", "R2") < 0, "equal numbers fall back to the text");
        assertEquals(0, NaturalOrder.INSTANCE.compare("R00", "R00"));
    }

    @Test
    void agreesWithTheFormerRegexImplementationOnRandomIds() {
        Random random = new Random(11);
        String alphabet = "0001239Rr-_a";
        for (int n = 0; n < 20_000; n++) {
            String a = randomId(random, alphabet);
            String b = randomId(random, alphabet);
            assertEquals(Integer.signum(reference(a, b)), Integer.signum(NaturalOrder.INSTANCE.compare(a, b)),
                    a + " vs " + b);
        }
    }

    private static String randomId(Random random, String alphabet) {
        StringBuilder id = new StringBuilder();
        for (int i = random.nextInt(7); i >= 0; i--) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** The implementation before it stopped allocating: substrings with leading zeros removed by a regex. */
    private static int reference(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numberA.length(), numberB.length());
                if (byLength != 0) {
                    return byLength;
                }
                int byDigits = numberA.compareTo(numberB);
                if (byDigits != 0) {
                    return byDigits;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }
}
