package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotFormatTest {

    private static Slot slot(SlotKind kind, String value, String scale, String unit, String currency, String to) {
        return new Slot("s", kind.name().toLowerCase(), kind, value, scale, unit, currency, to);
    }

    @Test
    void displaysEachKindAsAReaderExpects() {
        assertThat(slot(SlotKind.DATE, "2020-10-07", null, null, null, null).display())
                .isEqualTo("7 October 2020");
        assertThat(slot(SlotKind.MONTH, "2020-08", null, null, null, null).display())
                .isEqualTo("August 2020");
        assertThat(slot(SlotKind.NUMBER, "3.20", "million", "debit cards", null, null)
                        .display())
                .isEqualTo("3.2 million debit cards");
        assertThat(slot(SlotKind.COUNT, "36", null, "central bodies", null, null)
                        .display())
                .isEqualTo("36 central bodies");
        assertThat(slot(SlotKind.PERCENT, "14", null, null, null, "15").display())
                .isEqualTo("14 to 15 per cent");
        assertThat(slot(SlotKind.MONEY, "1.67", "billion", null, "USD", null).display())
                .isEqualTo("USD 1.67 billion");
        assertThat(slot(SlotKind.MONEY, "50", "billion", null, "JPY", null).display())
                .isEqualTo("50 billion yen");
        assertThat(slot(SlotKind.DURATION, "1", null, "years", null, null).display())
                .isEqualTo("1 year");
        assertThat(slot(SlotKind.DURATION, "10", null, "years", null, null).display())
                .isEqualTo("10 years");
        assertThat(slot(SlotKind.ORDINAL, "13", null, null, null, null).display())
                .isEqualTo("13th");
        assertThat(slot(SlotKind.ORDINAL, "22", null, null, null, null).display())
                .isEqualTo("22nd");
        assertThat(slot(SlotKind.ORDINAL, "111", null, null, null, null).display())
                .isEqualTo("111th");
    }

    @Test
    void aPlainFigureComesBackAsBigDecimalWouldGiveIt() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "0123456789.-+e";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                text.append(
                        random.nextInt(3) == 0
                                ? alphabet.charAt(random.nextInt(alphabet.length()))
                                : (char) ('0' + random.nextInt(10)));
            }
            String value = text.toString();
            String expected;
            try {
                expected = new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                assertThat(SlotFormat.alreadyPlain(value)).as(value).isFalse();
                continue;
            }
            assertThat(SlotFormat.plain(value)).as(value).isEqualTo(expected);
        }
    }
}
