package in.prelims.generation.distractor;

import in.prelims.fact.FiscalYear;
import in.prelims.fact.IsoDates;
import in.prelims.fact.Slot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Dates, months and years moved at the key's own granularity. */
final class TemporalCandidates {

    /** The farthest a wrong year or financial year moves from the key. */
    static final int MAX_YEARS = 6;

    private static final int MAX_MONTHS = 8;
    private static final int MAX_DATE_YEARS = 2;

    private TemporalCandidates() {}

    static List<Slot> of(Slot key, Random random) {
        List<Slot> out = new ArrayList<>();
        switch (key.kind()) {
            case DATE -> {
                LocalDate d = IsoDates.date(key.value());
                for (int i = 0; i < 5; i++)
                    out.add(key.withValue(d.plusDays(offset(random, 1, 12)).toString()));
                for (int i = 0; i < 3; i++)
                    out.add(key.withValue(d.plusMonths(offset(random, 1, 4)).toString()));
                for (int i = 0; i < 2; i++)
                    out.add(key.withValue(
                            d.plusYears(offset(random, 1, MAX_DATE_YEARS)).toString()));
            }
            case MONTH -> {
                YearMonth m = IsoDates.month(key.value());
                for (int i = 0; i < 10; i++)
                    out.add(key.withValue(
                            m.plusMonths(offset(random, 1, MAX_MONTHS)).toString()));
            }
            case YEAR -> {
                int y = Integer.parseInt(key.value());
                for (int i = 0; i < 10; i++) out.add(key.withValue(String.valueOf(y + offset(random, 1, MAX_YEARS))));
            }
            case FISCAL_YEAR -> {
                int y = FiscalYear.start(key.value());
                for (int i = 0; i < 10; i++) out.add(key.withValue(FiscalYear.of(y + offset(random, 1, MAX_YEARS))));
            }
            default -> throw new IllegalArgumentException(key.kind() + " is not temporal");
        }
        return out;
    }

    /**
     * Whether {@code candidate} lies within the span {@link #of} moves the key by (dates two years, months
     * eight months, years and financial years six years), so that a wrong date another fact gives is as
     * plausible as a moved one.
     */
    static boolean near(Slot key, Slot candidate) {
        return switch (key.kind()) {
            case DATE ->
                Math.abs(ChronoUnit.DAYS.between(IsoDates.date(key.value()), IsoDates.date(candidate.value())))
                        <= 366 * MAX_DATE_YEARS;
            case MONTH ->
                Math.abs(ChronoUnit.MONTHS.between(IsoDates.month(key.value()), IsoDates.month(candidate.value())))
                        <= MAX_MONTHS;
            case YEAR -> Math.abs(Integer.parseInt(key.value()) - Integer.parseInt(candidate.value())) <= MAX_YEARS;
            case FISCAL_YEAR ->
                Math.abs(FiscalYear.start(key.value()) - FiscalYear.start(candidate.value())) <= MAX_YEARS;
            default -> throw new IllegalArgumentException(key.kind() + " is not temporal");
        };
    }

    /** A non-zero offset in [-max, -min] or [min, max]. */
    static int offset(Random random, int min, int max) {
        int size = min + random.nextInt(max - min + 1);
        return random.nextBoolean() ? size : -size;
    }
}
