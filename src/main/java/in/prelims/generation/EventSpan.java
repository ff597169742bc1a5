package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FiscalYear;
import in.prelims.fact.IsoDates;
import in.prelims.fact.Slot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The days an event's date covers at its granularity: a day, a whole month or a whole year. */
record EventSpan(LocalDate first, LocalDate last) {

    static EventSpan of(Fact fact) {
        Slot slot = fact.eventSlot().orElseThrow(() -> new IllegalArgumentException(fact.id() + " has no event slot"));
        return switch (slot.kind()) {
            case DATE -> {
                LocalDate d = IsoDates.date(slot.value());
                yield new EventSpan(d, d);
            }
            case MONTH -> {
                YearMonth m = IsoDates.month(slot.value());
                yield new EventSpan(m.atDay(1), m.atEndOfMonth());
            }
            case YEAR -> {
                int y = Integer.parseInt(slot.value());
                yield new EventSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            case FISCAL_YEAR -> new EventSpan(FiscalYear.first(slot.value()), FiscalYear.last(slot.value()));
            default ->
                throw new IllegalArgumentException(
                        fact.id() + ": event slot is not a date, month, year or fiscal year");
        };
    }

    /** "2019" and "November 2019" overlap, so neither can be said to come first. */
    boolean overlaps(EventSpan other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** Indexes of {@code spans} from earliest to latest, or empty when any two overlap. */
    static Optional<List<Integer>> order(List<EventSpan> spans) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) order.add(i);
        order.sort(Comparator.comparing(i -> spans.get(i).first()));
        for (int i = 1; i < order.size(); i++) {
            if (spans.get(order.get(i - 1)).overlaps(spans.get(order.get(i)))) return Optional.empty();
        }
        return Optional.of(order);
    }
}
