package in.prelims.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * {@link LocalDate#parse} and {@link YearMonth#parse} for ISO texts, with the same results and the same
 * rejections (a {@link DateTimeException}), but the usual shapes ({@code 2020-10-07}, {@code 2020-10})
 * read by hand: parsing through a formatter was a large share of loading a fact base.
 */
public final class IsoDates {

    private IsoDates() {}

    public static LocalDate date(String v) {
        if (v.length() == 10
                && digits(v, 0, 4)
                && v.charAt(4) == '-'
                && digits(v, 5, 7)
                && v.charAt(7) == '-'
                && digits(v, 8, 10)) {
            return LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10));
        }
        return LocalDate.parse(v);
    }

    public static YearMonth month(String v) {
        if (v.length() == 7 && digits(v, 0, 4) && v.charAt(4) == '-' && digits(v, 5, 7)) {
            return YearMonth.of(number(v, 0, 4), number(v, 5, 7));
        }
        return YearMonth.parse(v);
    }

    /** Whether the characters from {@code from} to {@code to} are all ASCII digits. */
    static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int number(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }
}
