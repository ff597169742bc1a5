package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** A fact's wh-question with the key and three typed distractors. */
final class McqGenerator implements Generator {

    private final Material material;

    McqGenerator(Material material) {
        this.material = material;
    }

    /** Whether the fact has a question of its own ({@code ask}) on a slot a quiz of this detail may key on. */
    static boolean asks(Fact fact, boolean detail, FactBase base) {
        for (Slot s : fact.askableSlots()) if (asks(fact, s, detail, base)) return true;
        return false;
    }

    /** Whether the fact's question on {@code slot} may be set: not on a member of a list judged as statements only. */
    private static boolean asks(Fact fact, Slot slot, boolean detail, FactBase base) {
        return fact.ask().containsKey(slot.name())
                && Material.mayKeyOn(fact, slot, detail)
                && base.list(fact, slot.name()).map(l -> !l.statementsOnly()).orElse(true);
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        FactBase base = material.index().base();
        List<Slot> slots = new ArrayList<>(Material.askable(anchor, pool).stream()
                .filter(s -> asks(anchor, s, pool.detail(), base))
                .toList());
        Collections.shuffle(slots, random);
        for (Slot slot : slots) {
            if (pool.printsAlready(slot.display())) continue;
            Optional<ValueOptions> options = ValueOptions.of(material, anchor, slot, position, random, pool);
            if (options.isEmpty()) continue;
            String stem =
                    phrasing.fill("stem", Map.of("question", anchor.ask().get(slot.name()), "label", anchor.label()));
            String explanation = phrasing.fill(
                    "explanation",
                    Map.of(
                            "statement",
                            material.index().render(anchor),
                            "why-not",
                            material.reasons()
                                    .whyNot(
                                            options.get().claims(anchor),
                                            options.get().answer())));
            return Optional.of(new Draft(
                    Kind.MCQ,
                    phrasing.id(),
                    stem,
                    List.of(),
                    options.get().shown(),
                    ValueOptions.meanings(),
                    options.get().answer(),
                    explanation,
                    List.of(anchor),
                    options.get().claims(anchor),
                    slot.display()));
        }
        return Optional.empty();
    }
}
