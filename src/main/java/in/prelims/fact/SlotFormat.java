package in.prelims.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How slot values are shown to readers. */
public final class SlotFormat {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private SlotFormat() {}

    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    static String display(Slot slot) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE -> longDate(LocalDate.parse(v));
            case MONTH -> MONTH.format(YearMonth.parse(v));
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

    /** Yen reads after the figure ("50 billion yen"); other currencies lead with their code. */
    private static String money(Slot slot) {
        String figure = join(plain(slot.value()), Scales.words(slot.scale()), null);
        return "JPY".equals(slot.currency()) ? figure + " yen" : slot.currency() + " " + figure;
    }

    /** A decimal without trailing zeros or exponent: "3.20" becomes "3.2". */
    public static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
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
