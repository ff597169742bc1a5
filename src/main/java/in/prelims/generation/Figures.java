package in.prelims.generation;

import in.prelims.fact.Slot;
import java.math.BigDecimal;

/** Slot values as sortable figures: dates, months and years by their first day, numbers as decimals. */
final class Figures {

    private Figures() {}

    /** Only for temporal and numeric slots. */
    static BigDecimal of(Slot slot) {
        String v = slot.value();
        return switch (slot.kind()) {
            case DATE, MONTH, YEAR ->
                new BigDecimal((v + "-01-01").substring(0, 10).replace("-", ""));
            case FISCAL_YEAR -> new BigDecimal(v.substring(0, 4) + "0401");
            default -> new BigDecimal(v);
        };
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
