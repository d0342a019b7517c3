package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OdsNumbersTest {

    @Test
    void aNumberIsWhatThePatternOfDigitsWithASignAndADecimalPointMatchesAndNothingElse() {
        Pattern number = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        for (String text : List.of("", "-", "0", "2024", "-3", "-0.5", "1.", ".5", "1.2.3", "--1", "1-", "+1", "1e3",
                " 1", "1 ", "12a", "٣", "0.25", "-10.000", "1,5")) {
            assertEquals(number.matcher(text).matches(), OdsWorkbook.isNumber(text), text);
        }
    }
}
