package in.prelims.fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Entity slots with fewer than three wrong values that satisfy the slot's constraint (and, for a
 * member of an incomplete list, are recorded as known false): no four-option item can ask them.
 * Not an error: such a fact still makes true statements and flashcards.
 */
public final class Shortages {

    /** Wrong options a four-option item needs. */
    static final int NEEDED = 3;

    private Shortages() {}

    public static List<FactError> of(FactBase base) {
        List<FactError> out = new ArrayList<>();
        Gazetteer g = base.gazetteer();
        for (Fact fact : base.facts()) {
            for (Slot slot : fact.askableSlots()) {
                if (slot.kind() != SlotKind.ENTITY) continue;
                int found = wrongValues(base, fact, slot).size();
                if (found >= NEEDED) continue;
                Entity key = g.find(slot.value()).orElse(null);
                Optional<FactList> list = base.list(fact, slot.name());
                String add = list.filter(l -> !l.complete())
                        .map(l -> "record " + (NEEDED - found) + " more known-false values (with notes) in list '"
                                + l.name() + "'")
                        .orElse("add " + (NEEDED - found) + " more entities of "
                                + slot.constraint().describe(slot.type(), key) + " to " + GazetteerReader.FILE_NAME);
                out.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "fact '" + fact.id() + "', slot '" + slot.name() + "': " + found + " wrong value"
                                + (found == 1 ? "" : "s") + " satisfy the question, " + NEEDED + " needed; " + add));
            }
        }
        return out;
    }

    /** The gazetteer entities a question on this slot may offer as wrong options. */
    public static List<Entity> wrongValues(FactBase base, Fact fact, Slot slot) {
        Gazetteer g = base.gazetteer();
        Entity key = g.find(slot.value()).orElse(null);
        Set<String> excluded = new HashSet<>();
        excluded.add(slot.value().toLowerCase(Locale.ROOT));
        fact.alsoTrue(slot.name()).forEach(v -> excluded.add(v.toLowerCase(Locale.ROOT)));
        Optional<FactList> open = base.list(fact, slot.name()).filter(l -> !l.complete());
        List<Entity> out = new ArrayList<>();
        for (Entity e : g.ofType(slot.type())) {
            if (excluded.contains(e.name().toLowerCase(Locale.ROOT))) continue;
            if (!slot.constraint().admits(slot.type(), key, e)) continue;
            if (open.isPresent() && !open.get().knownFalse().containsKey(e.name())) continue;
            out.add(e);
        }
        return out;
    }
}
