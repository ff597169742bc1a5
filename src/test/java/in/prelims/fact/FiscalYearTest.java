package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A financial year ("2023-24", "FY 2023–24") is one value, typed fiscal-year, and the provenance check finds it. */
class FiscalYearTest {

    private static final Gazetteer NONE = new Gazetteer(List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-24",
                "2023–24",
                "2023 - 24",
                "2023-2024",
                "2023/24",
                "FY 2023-24",
                "FY2023-24",
                "F.Y. 2023-24",
                "FY24",
                "FY 2024",
                "financial year 2023-24",
                "Fiscal Year 2023–24"
            })
    void eachFormIsOneFiscalYearValue(String written) {
        String text = "The scheme runs from " + written + " onwards.";
        List<FoundValue> found = ValueFinder.find(text, true);
        assertThat(found).hasSize(1);
        FoundValue v = found.get(0);
        assertThat(v.type()).isEqualTo("fiscal-year");
        assertThat(v.value()).isEqualTo("2023-24");
        assertThat(text.substring(v.start(), v.end())).isEqualTo(written);
    }

    @Test
    void aRangeOfFiscalYearsIsTwoValuesAndNeverANumber24() {
        List<FoundValue> found = ValueFinder.find("to be spent over five years from 2023-24 to 2027-28.", true);
        assertThat(found)
                .extracting(FoundValue::type, FoundValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("duration", "5"),
                        org.assertj.core.groups.Tuple.tuple("fiscal-year", "2023-24"),
                        org.assertj.core.groups.Tuple.tuple("fiscal-year", "2027-28"));
    }

    @Test
    void yearsThatDoNotFollowAndDatesAreNotFiscalYears() {
        assertThat(ValueFinder.find("between 2019-22 the", true))
                .extracting(FoundValue::type)
                .doesNotContain("fiscal-year");
        assertThat(ValueFinder.find("effective 2023-01-04", true))
                .extracting(FoundValue::type, FoundValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "2023-01-04"));
        assertThat(ValueFinder.find("on 04-01-2023", true))
                .extracting(FoundValue::type)
                .containsExactly("date");
        assertThat(ValueFinder.find("launched in 2010 with support", true))
                .extracting(FoundValue::type)
                .containsExactly("year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from 2023-24", "in FY 2023–24", "in FY24", "for 2023-2024", "in financial year 2023-24"})
    void theProvenanceCheckFindsAFiscalYearSlotInAnyForm(String text) {
        assertThat(Provenance.found(fiscal("2023-24"), text, NONE)).isTrue();
    }

    @Test
    void anotherFiscalYearIsNotFoundAndTheFormsSearchedAreListed() {
        assertThat(Provenance.found(fiscal("2023-24"), "from 2024-25 onwards", NONE))
                .isFalse();
        assertThat(Provenance.found(fiscal("2023-24"), "in 2023 and 2024", NONE))
                .isFalse();
        assertThat(Provenance.forms(fiscal("2023-24"), NONE))
                .contains("2023-24", "2023–24", "2023-2024", "FY 2023-24", "FY24");
        assertThat(fiscal("2023-24").display()).isEqualTo("2023-24");
    }

    @Test
    void aCalendarYearSlotIsStillFoundInAFiscalYear() {
        Slot year = new Slot("y", "year", SlotKind.YEAR, "2023", null, null, null, null);
        assertThat(Provenance.found(year, "from 2023-24 onwards", NONE)).isTrue();
    }

    @Test
    void theSchemaTakesFiscalYearsAndRefusesOnesThatDoNotFollow(@TempDir Path dir) throws IOException {
        Path facts = Files.createDirectories(dir.resolve("facts"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.copy(IndianFormsTest.DIR.resolve("facts/entities.yaml"), facts.resolve("entities.yaml"));
        Files.writeString(docs.resolve("d.txt"), "The scheme will run from FY 2023–24 to 2027-28.");
        Files.writeString(facts.resolve("s.yaml"), source("2023-24"));
        FactBase base = FactChecks.loadAndCheck(facts, docs);
        Slot start = base.fact("scheme-start").orElseThrow().slots().get("start");
        assertThat(start.kind()).isEqualTo(SlotKind.FISCAL_YEAR);
        assertThat(base.fact("scheme-start").orElseThrow().render())
                .isEqualTo("The scheme starts in the financial year 2023-24.");

        Files.writeString(facts.resolve("s.yaml"), source("2023-25"));
        assertThatThrownBy(() -> FactChecks.loadAndCheck(facts, docs))
                .isInstanceOf(FactBaseException.class)
                .hasMessageContaining("'2023-25' is not a financial year")
                .hasMessageContaining("2023-24");
    }

    private static String source(String value) {
        return """
                source:
                  id: s
                  title: A scheme
                  publisher: Press Information Bureau
                  published: 2023-01-04
                  document: d.txt
                  topics: [economy]
                facts:
                  - id: scheme-start
                    text: The scheme starts in the financial year {start}.
                    label: Scheme start
                    slots:
                      start: {type: fiscal-year, value: %s}
                    event: start
                """.formatted(value);
    }

    private static Slot fiscal(String value) {
        return new Slot("fy", "fiscal-year", SlotKind.ofType("fiscal-year"), value, null, null, null, null);
    }
}
