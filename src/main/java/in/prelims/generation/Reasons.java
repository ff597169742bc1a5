package in.prelims.generation;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.FactList;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a wrong value is wrong, in the words of that value's own record: the note the curator gave
 * it as a known non-member of a list, another fact that states it (Malabar: India, Japan and the
 * US take part in it), or its gazetteer note (Garuda: an India–France air exercise).
 */
final class Reasons {

    private final FactIndex index;
    /** type and canonical value to the facts that state that value in a slot of that type. */
    private final Map<String, List<Fact>> stating = new HashMap<>();

    Reasons(FactIndex index) {
        this.index = index;
        for (Fact f : index.all()) {
            // an entity only: a fact of the same year says nothing on why a year is wrong ("in 2016, banks revealed a
            // breach" beside a first 2+2 dialogue of 2019)
            for (Slot s : f.slots().values()) {
                if (s.kind() == SlotKind.ENTITY && !f.disputed().containsKey(s.name())) {
                    stating.computeIfAbsent(key(s), k -> new ArrayList<>()).add(f);
                }
            }
        }
    }

    private String key(Slot s) {
        return s.type() + "|" + index.canonical().of(s);
    }

    /** A sentence on why the claim's swapped value is wrong; empty when nothing is recorded about it. */
    Optional<String> why(Claim claim) {
        Fact fact = claim.fact();
        Slot wrong = claim.swapped();
        if (wrong == null) return Optional.empty();
        Optional<String> listed = index.base()
                .list(fact, wrong.name())
                .map(FactList::knownFalse)
                .flatMap(notes -> notes.entrySet().stream()
                        .filter(e -> index.canonical()
                                .of(wrong, e.getKey())
                                .equals(index.canonical().of(wrong)))
                        .map(Map.Entry::getValue)
                        .filter(n -> n != null)
                        .findFirst());
        if (listed.isPresent()) return listed.map(n -> sentence(wrong.display() + ": " + n));
        if (wrong.kind() == SlotKind.ENTITY) {
            Optional<String> note =
                    index.gazetteer().find(wrong.value()).map(Entity::note).filter(n -> n != null);
            if (note.isPresent()) return note.map(n -> sentence(wrong.display() + ": " + n));
            if (wrong.type().equals("country")) return Optional.empty();
        }
        for (Fact other : stating.getOrDefault(key(wrong), List.of())) {
            if (other.text().equals(fact.text())) continue;
            return Optional.of(sentence(index.render(other)));
        }
        return Optional.empty();
    }

    /** The reason, or a plain contrast of the wrong value with the right one when nothing more is known. */
    String whyOrContrast(Claim claim) {
        Slot right = claim.fact().slots().get(claim.swapped().name());
        return why(claim).orElseGet(() -> {
            String lead = "The source gives ";
            String gives = lead + right.shownAt(lead, lead.length()) + ", not ";
            return gives + claim.swapped().shownAt(gives, gives.length()) + ".";
        });
    }

    /** "Why not the others" for value options: one reason per wrong option. */
    String whyNot(List<Claim> options, int answer) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (i == answer) continue;
            Claim c = options.get(i);
            out.add(why(c).orElseGet(() -> c.swapped().shownAt("", 0) + " is not what the source gives."));
        }
        return String.join(" ", out);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
