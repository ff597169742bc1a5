package in.prelims.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How slot values are shown to readers. */
public final class SlotFormat {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /**
     * ISO dates and months as shown, kept after the first parse: distractors and claims show the same
     * few thousand dates again and again. Bounded; a value that does not parse is never kept.
     */
    private static final Map<String, String> SHOWN_DAYS = new ConcurrentHashMap<>();

    private static final Map<String, String> SHOWN_MONTHS = new ConcurrentHashMap<>();

    private static final int MAX_SHOWN_DATES = 50_000;

    private SlotFormat() {}

    /** Long dates as formatted, kept like {@link #SHOWN_DAYS}: every item cites its sources' dates. */
    private static final Map<LocalDate, String> LONG_DATES = new ConcurrentHashMap<>();

    public static String longDate(LocalDate date) {
        String shown = LONG_DATES.get(date);
        if (shown != null) return shown;
        shown = LONG_DATE.format(date);
        if (LONG_DATES.size() < MAX_SHOWN_DATES) LONG_DATES.put(date, shown);
        return shown;
    }

    static String display(Slot slot) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE -> shownDate(v, true);
            case MONTH -> shownDate(v, false);
            case YEAR, FISCAL_YEAR, ENTITY -> v;
            case NUMBER, COUNT -> join(plain(v), Scales.words(slot.scale()), slot.unit());
            case PERCENT -> (slot.to() == null ? plain(v) : plain(v) + " to " + plain(slot.to())) + " per cent";
            case MONEY -> money(slot);
            case DURATION ->
                plain(v) + " "
                        + (new BigDecimal(v).compareTo(BigDecimal.ONE) == 0 ? singular(slot.unit()) : slot.unit());
            case ORDINAL -> ordinal(Integer.parseInt(v));
        };
    }

    private static String shownDate(String v, boolean day) {
        Map<String, String> kept = day ? SHOWN_DAYS : SHOWN_MONTHS;
        String shown = kept.get(v);
        if (shown != null) return shown;
        shown = day ? longDate(IsoDates.date(v)) : MONTH.format(IsoDates.month(v));
        if (kept.size() < MAX_SHOWN_DATES) kept.put(v, shown);
        return shown;
    }

    /** Yen reads after the figure ("50 billion yen"); other currencies lead with their code. */
    private static String money(Slot slot) {
        String figure = join(plain(slot.value()), Scales.words(slot.scale()), null);
        return "JPY".equals(slot.currency()) ? figure + " yen" : slot.currency() + " " + figure;
    }

    /** A decimal without trailing zeros or exponent: "3.20" becomes "3.2". */
    public static String plain(String decimal) {
        if (alreadyPlain(decimal)) return decimal;
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether {@link #plain} would give the text back unchanged: an optional minus, no leading zero
     * (but "0" and "0.5"), and no trailing zero after a point. Spares a BigDecimal for most values.
     */
    static boolean alreadyPlain(String decimal) {
        int n = decimal.length();
        int i = n > 0 && decimal.charAt(0) == '-' ? 1 : 0;
        if (i == n) return false;
        int intStart = i;
        while (i < n && isDigit(decimal.charAt(i))) i++;
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && decimal.charAt(intStart) == '0') return false;
        if (i == n) return intStart == 0 || decimal.charAt(intStart) != '0';
        if (decimal.charAt(i) != '.' || i + 1 == n) return false;
        for (int j = i + 1; j < n; j++) if (!isDigit(decimal.charAt(j))) return false;
        return decimal.charAt(n - 1) != '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
