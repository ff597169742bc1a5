package in.prelims.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Indian financial (fiscal) year, 1 April to 31 March, as the schema writes it: {@code 2023-24}, the
 * first year and the last two digits of the next. Releases write it "2023-24", "2023–24", "2023-2024",
 * "FY 2023-24", "FY24" or "financial year 2023-24".
 */
public final class FiscalYear {

    private static final Pattern VALUE = Pattern.compile("(\\d{4})-(\\d{2})");

    private FiscalYear() {}

    /** The schema's form of the year starting in April of {@code start}: 2023 gives "2023-24". */
    public static String of(int start) {
        return String.format("%d-%02d", start, (start + 1) % 100);
    }

    /** The first calendar year of a value in the schema's form, or -1 when it is not one ("2023-25"). */
    public static int start(String value) {
        Matcher m = value == null ? null : VALUE.matcher(value);
        if (m == null || !m.matches()) return -1;
        int start = Integer.parseInt(m.group(1));
        return Integer.parseInt(m.group(2)) == (start + 1) % 100 ? start : -1;
    }

    /** From the two years a document writes ("2023" and "24", or "2023" and "2024"); -1 when they do not follow. */
    static int start(String first, String second) {
        int start = Integer.parseInt(first);
        int end = Integer.parseInt(second);
        boolean follows = second.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
        return follows ? start : -1;
    }

    /** "FY24" is the year ending in March 2024; two digits are read in this century. */
    static int startOfEnding(String digits) {
        int end = Integer.parseInt(digits);
        return (digits.length() == 2 ? 2000 + end : end) - 1;
    }

    public static LocalDate first(String value) {
        return LocalDate.of(start(value), 4, 1);
    }

    public static LocalDate last(String value) {
        return LocalDate.of(start(value) + 1, 3, 31);
    }

    /** The ways a document may write it, for telling a curator what was searched. */
    static List<String> forms(String value) {
        int start = start(value);
        String end2 = String.format("%02d", (start + 1) % 100);
        return List.of(
                value,
                start + "–" + end2,
                start + "-" + (start + 1),
                "FY " + value,
                "FY" + end2,
                "financial year " + value);
    }
}
