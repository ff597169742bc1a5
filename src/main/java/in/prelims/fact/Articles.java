package in.prelims.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entities named with an article in running text ("the United Nations", "the United States"): their slots get it
 * from the gazetteer, so a text writes "{forum}", never "the {forum}", where the type's values differ ("BRICS").
 */
final class Articles {

    private Articles() {}

    /** The facts with their entity slots' articles; an error for each "the" written before a slot that gets one. */
    static List<Fact> give(List<Fact> facts, Gazetteer gazetteer, List<FactError> errors) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact fact : facts) out.add(give(fact, gazetteer, errors));
        return out;
    }

    private static Fact give(Fact fact, Gazetteer gazetteer, List<FactError> errors) {
        Map<String, Slot> slots = null;
        for (Slot slot : fact.slots().values()) {
            if (slot.kind() != SlotKind.ENTITY || !gazetteer.hasArticles(slot.type())) continue;
            checkNoneWritten(fact, slot, errors);
            Slot named = gazetteer.named(slot, slot.value());
            if (named.article() == null) continue;
            if (slots == null) slots = new LinkedHashMap<>(fact.slots());
            slots.put(slot.name(), named);
        }
        return slots == null ? fact : fact.withSlots(slots);
    }

    private static void checkNoneWritten(Fact fact, Slot slot, List<FactError> errors) {
        String text = fact.text();
        String placeholder = "{" + slot.name() + "}";
        for (int at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + 1)) {
            if (ArticlePlace.writtenBefore(text, at))
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "fact '" + fact.id() + "': write " + placeholder + " without 'the' before it; the gazetteer"
                                + " gives each " + slot.type() + " its article ('the United Nations', 'BRICS')"));
        }
    }
}
