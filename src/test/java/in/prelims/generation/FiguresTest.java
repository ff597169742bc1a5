package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A date's figure read by hand equals the digits read as written, the rule it replaces. */
class FiguresTest {

    @Test
    void aDateMonthOrYearIsItsDigitsWithTheFirstDayAndMonthFilledIn() {
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            String year = String.format("%04d", random.nextInt(10_000));
            String month = String.format("%02d", 1 + random.nextInt(12));
            String day = String.format("%02d", 1 + random.nextInt(28));
            check(SlotKind.YEAR, year);
            check(SlotKind.MONTH, year + "-" + month);
            check(SlotKind.DATE, year + "-" + month + "-" + day);
        }
    }

    private static void check(SlotKind kind, String value) {
        Slot slot = new Slot("s", kind.typeName(), kind, value, null, null, null, null);
        BigDecimal asWritten =
                new BigDecimal((value + "-01-01").substring(0, 10).replace("-", ""));
        assertThat(Figures.of(slot)).as(value).isEqualTo(asWritten);
    }
}
