package io.github.trackdown.check;

import java.util.Comparator;

/** Orders ids as people do: {@code R2} before {@code R10}. */
public final class NaturalOrder implements Comparator<String> {

    /** The shared instance. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
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

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
