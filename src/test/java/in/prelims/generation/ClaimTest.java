package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void rendersExactlyAsTheFactDoesForEveryShippedFactAndSlot() {
        for (Fact fact : Engines.shipped().index().all()) {
            assertEquals(fact.render(), Claim.of(fact).render());
            for (Slot slot : fact.slots().values()) {
                Slot other = slot.withValue(slot.value());
                assertEquals(
                        fact.render(Map.of(slot.name(), other)),
                        Claim.swapped(fact, other).render());
            }
        }
    }
}
