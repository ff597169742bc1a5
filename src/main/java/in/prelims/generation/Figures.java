package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.math.BigDecimal;

/** Slot values as sortable figures: dates, months and years by their first day, numbers as decimals. */
final class Figures {

    private Figures() {}

    /** Only for temporal and numeric slots. */
    static BigDecimal of(Slot slot) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE, MONTH, YEAR -> {
                long day = dayNumber(v);
                yield day >= 0
                        ? BigDecimal.valueOf(day)
                        : new BigDecimal((v + "-01-01").substring(0, 10).replace("-", ""));
            }
            case FISCAL_YEAR -> new BigDecimal(v.substring(0, 4) + "0401");
            default -> new BigDecimal(v);
        };
    }

    /**
     * {@code 2020-10-07} as 20201007, a month as its first day, a year as 1 January; -1 for any other
     * shape (then the digits are read as written, as before this shortcut).
     */
    private static long dayNumber(String v) {
        int n = v.length();
        if (n != 4 && n != 7 && n != 10) return -1;
        long number = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (i == 4 || i == 7) {
                if (c != '-') return -1;
            } else if (c >= '0' && c <= '9') {
                number = number * 10 + (c - '0');
            } else {
                return -1;
            }
        }
        return n == 4 ? number * 10000 + 101 : n == 7 ? number * 100 + 1 : number;
    }

    /**
     * Whether a wrong date keeps a reported event before its report: an event the source tells of as already
     * past on its publication day (the 2020 dialogue in a 2020 report) is never offered a later date (2023),
     * which no paper of that day could print. An event the source dates after that day is not bound.
     */
    static boolean notAfterItsReport(Fact fact, Slot original, Slot candidate) {
        if (!original.kind().isTemporal() || fact.source().published() == null) return true;
        BigDecimal reported =
                BigDecimal.valueOf(dayNumber(fact.source().published().toString()));
        return of(original).compareTo(reported) > 0 || of(candidate).compareTo(reported) <= 0;
    }

    /**
     * Whether {@code candidate} stands in the same order to the fact's other dates as the value it
     * replaces: "between 1977 and 1983" must not become "between 2018 and 1983".
     */
    static boolean keepsOrder(Slot original, Slot candidate, Iterable<Slot> others) {
        if (!original.kind().isTemporal()) return true;
        for (Slot other : others) {
            if (other.name().equals(original.name()) || !other.kind().isTemporal()) continue;
            if (Integer.signum(of(original).compareTo(of(other)))
                    != Integer.signum(of(candidate).compareTo(of(other)))) {
                return false;
            }
        }
        return true;
    }
}
