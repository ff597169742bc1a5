package in.prelims.generation.distractor;

import in.prelims.fact.FiscalYear;
import in.prelims.fact.IsoDates;
import in.prelims.fact.Slot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Dates, months and years moved at the key's own granularity. */
final class TemporalCandidates {

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
                    out.add(key.withValue(d.plusYears(offset(random, 1, 2)).toString()));
            }
            case MONTH -> {
                YearMonth m = IsoDates.month(key.value());
                for (int i = 0; i < 10; i++)
                    out.add(key.withValue(m.plusMonths(offset(random, 1, 8)).toString()));
            }
            case YEAR -> {
                int y = Integer.parseInt(key.value());
                for (int i = 0; i < 10; i++) out.add(key.withValue(String.valueOf(y + offset(random, 1, 6))));
            }
            case FISCAL_YEAR -> {
                int y = FiscalYear.start(key.value());
                for (int i = 0; i < 10; i++) out.add(key.withValue(FiscalYear.of(y + offset(random, 1, 6))));
            }
            default -> throw new IllegalArgumentException(key.kind() + " is not temporal");
        }
        return out;
    }

    /** A non-zero offset in [-max, -min] or [min, max]. */
    static int offset(Random random, int min, int max) {
        int size = min + random.nextInt(max - min + 1);
        return random.nextBoolean() ? size : -size;
    }
}
