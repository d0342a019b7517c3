package io.github.trackdown.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date by which a recommendation is due to be met: a day ({@code due: 2025-03-31}) or only a month
 * ({@code due: 2025-03}).
 *
 * @param month the month it falls in
 * @param day the day of that month; 0 when only the month is given
 */
public record DueDate(YearMonth month, int day) {

    /** Reads a due date as editors write it, {@code 2025-03} or {@code 2025-03-31}; the text must be valid. */
    public static DueDate parse(String written) {
        if (written.length() == 7) {
            return new DueDate(YearMonth.parse(written), 0);
        }
        LocalDate date = LocalDate.parse(written);
        return new DueDate(YearMonth.from(date), date.getDayOfMonth());
    }

    /** Whether only the month is given. */
    public boolean monthOnly() {
        return day == 0;
    }

    /** The last day by which it is met: the day itself, or the month's last day when only the month is given. */
    public LocalDate lastDay() {
        return monthOnly() ? month.atEndOfMonth() : month.atDay(day);
    }

    /** The date as editors write it: {@code 2025-03} or {@code 2025-03-31}. */
    public String written() {
        return monthOnly() ? month.toString() : month.atDay(day).toString();
    }
}
