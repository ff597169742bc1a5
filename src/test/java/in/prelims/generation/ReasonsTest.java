package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Why a wrong value is wrong: in the words of that value's own record, never of an unrelated fact. */
class ReasonsTest {

    private final Engine engine = Engines.shipped();
    private final Reasons reasons = new Reasons(engine.index());

    /** "In 2016, banks revealed a breach of debit cards" says nothing on why 2016 is wrong for the first 2+2 dialogue. */
    @Test
    void aWrongYearIsNotExplainedByAnotherFactOfThatYear() {
        List<String> unrelated = new ArrayList<>();
        int checked = 0;
        for (Fact fact : engine.index().all()) {
            Optional<Slot> year = fact.eventSlot().filter(s -> s.kind() == SlotKind.YEAR);
            if (year.isEmpty()) continue;
            for (Fact other : engine.index().all()) {
                Optional<Slot> otherYear = other.eventSlot().filter(s -> s.kind() == SlotKind.YEAR);
                if (other == fact
                        || otherYear.isEmpty()
                        || otherYear.get().value().equals(year.get().value())) continue;
                checked++;
                Claim wrong =
                        Claim.swapped(fact, year.get().withValue(otherYear.get().value()));
                reasons.why(wrong)
                        .filter(why -> why.contains(other.render().replaceAll("\\.$", "")))
                        .ifPresent(why -> unrelated.add(
                                fact.id() + " in " + otherYear.get().value() + ": " + why));
                assertThat(reasons.whyOrContrast(wrong))
                        .contains(year.get().display(), otherYear.get().display());
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(unrelated).isEmpty();
    }

    /** Malabar as an India–Japan bilateral exercise: its own record says who takes part. */
    @Test
    void aWrongEntityIsExplainedByItsOwnRecord() {
        Fact bilateral = engine.index().all().stream()
                .filter(f -> f.list() != null && f.list().name().equals("india-japan-bilateral-exercises"))
                .findFirst()
                .orElseThrow();
        Slot exercise = bilateral.slots().get(bilateral.list().slot());
        Optional<String> why = reasons.why(Claim.swapped(bilateral, exercise.withValue("Malabar")));
        assertThat(why).hasValueSatisfying(w -> assertThat(w).contains("Malabar", "United States"));
    }
}
