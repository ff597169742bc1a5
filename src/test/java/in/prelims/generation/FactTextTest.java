package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim joined from its fact's text in parts reads exactly as {@link Claim#render()} renders it, and a fact,
 * whole or with a slot blanked, as {@link Fact#render()} and {@link Fact#renderBlank} render it.
 */
class FactTextTest {

    @Test
    void rendersAsTheClaimOverTheShippedBase() {
        assertSameRendering(FactBaseLoader.load(Path.of("questions")));
    }

    @Test
    void rendersAsTheClaimOverASyntheticBase(@TempDir Path dir) throws IOException {
        SyntheticFactBase.write(dir, 3000);
        assertSameRendering(FactBaseLoader.load(dir));
    }

    private static void assertSameRendering(FactBase base) {
        FactIndex index = new FactIndex(base);
        // values of each kind from across the base, to swap in
        Map<SlotKind, List<Slot>> values = new EnumMap<>(SlotKind.class);
        base.facts()
                .forEach(f -> f.slots()
                        .values()
                        .forEach(s -> values.computeIfAbsent(s.kind(), k -> new ArrayList<>())
                                .add(s)));
        Random random = new Random(11);
        int claims = 0;
        for (Fact fact : base.facts()) {
            assertNotNull(FactText.of(fact), fact.id());
            assertEquals(Claim.of(fact).render(), index.render(Claim.of(fact)), fact.id());
            assertEquals(fact.render(), index.render(fact), fact.id());
            for (Slot slot : fact.slots().values()) {
                assertEquals(
                        fact.renderBlank(slot.name(), " ____ "),
                        index.renderBlank(fact, slot.name(), " ____ "),
                        fact.id());
                List<Slot> others = values.get(slot.kind());
                for (int i = 0; i < 3; i++) {
                    Slot other = others.get(random.nextInt(others.size()));
                    Claim claim = Claim.swapped(fact, slot.withValue(other.value(), other.to()));
                    assertEquals(claim.render(), index.render(claim), fact.id());
                    claims++;
                }
                for (String v : fact.alsoTrue(slot.name())) {
                    Claim claim = Claim.swapped(fact, slot.withValue(v));
                    assertEquals(claim.render(), index.render(claim), fact.id());
                }
            }
        }
        assertEquals(true, claims > base.facts().size(), "claims checked: " + claims);
    }
}
