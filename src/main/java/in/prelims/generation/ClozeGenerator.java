package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** The statement with one askable slot blanked, the key and three typed distractors. */
final class ClozeGenerator implements Generator {

    private final Material material;

    ClozeGenerator(Material material) {
        this.material = material;
    }

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        List<Slot> slots = Material.askable(anchor, pool);
        Collections.shuffle(slots, random);
        for (Slot slot : slots) {
            Optional<ValueOptions> options = ValueOptions.of(material, anchor, slot, position, random, pool);
            if (options.isEmpty()) continue;
            String blanked = material.index().renderBlank(anchor, slot.name(), phrasing.text("blank"));
            String stem = phrasing.fill("stem", Map.of("statement", blanked, "label", anchor.label()));
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
                    Kind.CLOZE,
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
