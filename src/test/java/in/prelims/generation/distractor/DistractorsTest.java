package in.prelims.generation.distractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Slot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Typed distractors over a fixture with one slot of every type (src/test/resources/generation/typed). */
class DistractorsTest {

    private static final int SEEDS = 50;

    private final FactBase base = FactBaseLoader.load(Path.of("src/test/resources/generation/typed"));
    private final Canonical canonical = new Canonical(base.gazetteer(), Set.of("agency"));
    private final Fact sibling = base.fact("cabinet-approval").orElseThrow();
    private final Distractors distractors = new Distractors(
            canonical, (fact, slot, random) -> Stream.of(sibling.slots().get("date")));

    private List<Slot> wrong(String factId, String slot, int seed) {
        Fact fact = base.fact(factId).orElseThrow();
        List<Slot> out = distractors.pick(fact, fact.slots().get(slot), 3, new Random(seed), candidate -> true);
        assertEquals(3, out.size(), factId + "." + slot + ": three distractors");
        assertEquals(3, out.stream().map(Slot::display).distinct().count(), "distinct: " + out);
        out.forEach(s -> assertNotEquals(fact.slots().get(slot).display(), s.display(), "never the key"));
        return out;
    }

    @Test
    void numbersKeepUnitScaleAndPrecision() {
        for (int seed = 0; seed < SEEDS; seed++) {
            for (Slot s : wrong("cards-exposed", "cards", seed)) {
                assertTrue(s.display().matches("\\d+\\.\\d million debit cards"), s.display());
                assertTrue(new BigDecimal(s.value()).signum() > 0);
            }
        }
    }

    @Test
    void moneyKeepsItsCurrencyAndScaleAndDurationsTheirUnit() {
        for (int seed = 0; seed < SEEDS; seed++) {
            for (Slot s : wrong("strategy-money", "money", seed))
                assertTrue(s.display().matches("AUD \\d+\\.\\d{1,2} billion"), s.display());
            for (Slot s : wrong("strategy-money", "years", seed))
                assertTrue(s.display().matches("\\d+ years"), s.display());
        }
    }

    @Test
    void aPercentRangeKeepsItsWidth() {
        for (int seed = 0; seed < SEEDS; seed++) {
            for (Slot s : wrong("share-goal", "share", seed)) {
                assertEquals(
                        BigDecimal.ONE,
                        new BigDecimal(s.to())
                                .subtract(new BigDecimal(s.value()))
                                .stripTrailingZeros());
                assertTrue(s.display().endsWith(" per cent"), s.display());
            }
        }
    }

    @Test
    void datesMonthsAndYearsMoveAtTheirOwnGranularity() {
        boolean siblingUsed = false;
        for (int seed = 0; seed < SEEDS; seed++) {
            for (Slot s : wrong("cabinet-approval", "date", seed)) LocalDate.parse(s.value());
            for (Slot s : wrong("strategy-announced", "month", seed)) YearMonth.parse(s.value());
            for (Slot s : wrong("cards-exposed", "year", seed)) {
                assertTrue(s.value().matches("\\d{4}"), s.value());
                assertTrue(Math.abs(Integer.parseInt(s.value()) - 2016) <= 6, s.value());
            }
            siblingUsed |= wrong("cabinet-approval", "date", seed).stream()
                    .noneMatch(s -> s.value().equals("2020-10-07"));
        }
        assertTrue(siblingUsed);
    }

    @Test
    void countsAndOrdinalsStayWholeAndPositive() {
        for (int seed = 0; seed < SEEDS; seed++) {
            for (Slot s : wrong("cabinet-approval", "count", seed))
                assertTrue(s.value().matches("[1-9]\\d*"), s.value());
            for (Slot s : wrong("cabinet-approval", "round", seed))
                assertTrue(s.display().matches("\\d+(st|nd|rd|th)"), s.display());
        }
    }

    @Test
    void entitiesAreOfTheSameTypeAndCountryNeverTheKeyUnderAnAliasNorAnAlsoTrueValue() {
        for (int seed = 0; seed < SEEDS; seed++) {
            List<Slot> out = wrong("strategy-announced", "agency", seed);
            for (Slot s : out) {
                var entity = base.gazetteer().find(s.value()).orElseThrow();
                assertEquals("agency", entity.type());
                assertEquals("India", entity.country(), s.value() + " is not of the key's country");
                assertFalse(Set.of("CERT-In", "NCIIPC").contains(s.value()), s.value());
            }
            assertEquals(
                    Set.of("NTRO", "DRDO", "C-DAC"),
                    Set.copyOf(out.stream().map(Slot::value).toList()));
        }
    }

    @Test
    void anAliasIsTheSameValueAsItsEntity() {
        Slot agency = base.fact("strategy-announced").orElseThrow().slots().get("agency");
        assertEquals(canonical.of(agency), canonical.of(agency, "Indian Computer Emergency Response Team"));
        assertEquals("CERT-In", canonical.name(agency, "indian computer emergency response team"));
        Slot cards = base.fact("cards-exposed").orElseThrow().slots().get("cards");
        assertEquals(canonical.of(cards), canonical.of(cards, "3.20"));
    }

    @Test
    void theCallersTruthTestHasTheLastWord() {
        Fact fact = base.fact("cards-exposed").orElseThrow();
        assertEquals(
                List.of(), distractors.pick(fact, fact.slots().get("cards"), 3, new Random(1), candidate -> false));
    }
}
