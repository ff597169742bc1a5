package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures and dates written as Indian releases write them are found by the provenance check. */
class IndianFormsTest {

    static final Path DIR = Path.of("src/test/resources/facts/indian");
    private static final Gazetteer NONE = new Gazetteer(List.of());

    @Test
    void aReleaseInIndianFormsPassesTheWholeCheck() {
        FactBase base = FactChecks.loadAndCheck(DIR.resolve("facts"), DIR.resolve("docs"));
        assertThat(base.facts()).hasSize(7);
        assertThat(base.fact("gc-investment").orElseThrow().render())
                .isEqualTo("Investment of INR 8 lakh crore is expected under the Green Corridor scheme.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "money | 19744 | crore | INR | | Outlay of Rs. 19,744 crore.",
                "money | 19744 | crore | INR | | Outlay of Rs 19744 crores.",
                "money | 500 | crore | INR | | A further INR 500 crore.",
                "money | 1200 | crore | INR | | and ₹1,200 crore for research",
                "money | 8 | lakh-crore | INR | | Investment of Eight lakh crore",
                "money | 1.97 | lakh-crore | INR | | Rs. 1,97,000 crore in all",
                "money | 2.5 | billion | USD | | exports of US$ 2.5 billion",
                "money | 2.5 | billion | USD | | exports of USD 2.5 bn",
                "money | 3 | million | AUD | | AUD 3 million of equipment",
                "money | 3 | million | AUD | | A$ 3 million of equipment",
                "money | 50 | billion | JPY | | 50 billion yen of loans",
                "number | 6 | lakh | | | expected to create Six lakh jobs",
                "number | 6 | lakh | | | expected to create 6,00,000 jobs",
                "number | 146000 | | | | 1,46,000 km of lines",
                "number | 146000 | | | | 146,000 km of lines",
                "number | 3.2 | million | | | 3.2 million cards",
                "count | 1466 | | | | So far 1,466 stations",
                "percent | 20 | | | | a 20 per cent cut",
                "percent | 20 | | | | a 20 percent cut",
                "percent | 14 | | | | 14% more freight",
                "duration | 4 | | | years | implemented over four years",
                "duration | 72 | | | hours | within 72 hours of each incident",
                "duration | 1 | | | years | within one year",
                "date | 2023-01-04 | | | | 04-January-2023 18:30 IST",
                "date | 2023-01-04 | | | | Signed on 4 January 2023.",
                "date | 2023-01-04 | | | | announced January 4, 2023",
                "date | 2023-01-04 | | | | gazetted on 04.01.2023",
                "date | 2023-01-04 | | | | effective 2023-01-04",
                "date | 2017-04-08 | | | | on 8th April, 2017",
                "date | 2023-01-04 | | | | on 4th Jan. 2023",
                "ordinal | 13 | | | | the 13th of its kind",
                "ordinal | 1 | | | | the first in the sector",
            })
    void findsTheValueInItsIndianForm(
            String type, String value, String scale, String currency, String unit, String text) {
        assertThat(Provenance.found(slot(type, value, scale, currency, unit), text, NONE))
                .as("%s %s %s in '%s'", value, scale, currency, text)
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "money | 19744 | crore | INR | | Outlay of Rs. 19,745 crore.",
                "money | 19744 | crore | INR | | Outlay of US$ 19,744 crore.",
                "money | 8 | lakh-crore | INR | | Investment of Eight lakh",
                "number | 6 | lakh | | | expected to create Six thousand jobs",
                "count | 146 | | | | 1,46,000 km of lines",
                "duration | 4 | | | years | over four months",
                "date | 2023-01-04 | | | | 01.04.2023",
                "percent | 20 | | | | 200 per cent",
            })
    void aDifferentFigureIsNotFound(
            String type, String value, String scale, String currency, String unit, String text) {
        assertThat(Provenance.found(slot(type, value, scale, currency, unit), text, NONE))
                .as("%s %s in '%s'", value, scale, text)
                .isFalse();
    }

    @Test
    void theFormsSearchedAreShownInIndianGrouping() {
        Slot outlay = slot("money", "1946000", null, "INR", null);
        assertThat(Provenance.forms(outlay, NONE)).contains("Rs. 19,46,000", "₹19,46,000", "INR 1946000");
        assertThat(SlotForms.indian(new java.math.BigDecimal("146000"))).isEqualTo("1,46,000");
    }

    static Slot slot(String type, String value, String scale, String currency, String unit) {
        return new Slot("x", type, SlotKind.ofType(type), value, blank(scale), blank(unit), blank(currency), null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
