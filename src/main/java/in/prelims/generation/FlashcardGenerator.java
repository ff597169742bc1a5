package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Front: the wh-question (or the cloze when the slot has none); back: the value; explanation: the statement. */
final class FlashcardGenerator implements Generator {

    @Override
    public Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random) {
        List<Slot> slots = Material.askable(anchor, pool);
        if (slots.isEmpty()) return Optional.empty();
        List<Slot> asked =
                slots.stream().filter(s -> anchor.ask().containsKey(s.name())).toList();
        List<Slot> choice = asked.isEmpty() ? slots : asked;
        Slot slot = choice.get(random.nextInt(choice.size()));
        String front = anchor.ask().containsKey(slot.name())
                ? phrasing.fill("front-ask", Map.of("question", anchor.ask().get(slot.name()), "label", anchor.label()))
                : phrasing.fill(
                        "front-cloze",
                        Map.of(
                                "statement",
                                anchor.renderBlank(slot.name(), phrasing.text("blank")),
                                "label",
                                anchor.label()));
        String explanation = phrasing.fill("explanation", Map.of("statement", anchor.render()));
        return Optional.of(new Draft(
                Kind.FLASHCARD,
                phrasing.id(),
                front,
                List.of(),
                List.of(slot.display()),
                List.of(new OptionMeaning.Holds(0)),
                0,
                explanation,
                List.of(anchor),
                List.of(Claim.swapped(anchor, slot)),
                slot.display()));
    }
}
