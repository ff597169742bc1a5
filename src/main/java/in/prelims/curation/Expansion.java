package in.prelims.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a drafted list fact into one fact per item, each naming the list (the loader makes the other
 * items its also-true values); a fact without an id takes its label's slug.
 */
final class Expansion {

    private Expansion() {}

    static List<Draft.DraftFact> facts(Draft draft) {
        List<Draft.DraftFact> out = new ArrayList<>();
        for (Draft.DraftFact drafted : draft.facts()) {
            Draft.DraftFact f = named(drafted);
            Draft.DraftList list = f.list();
            if (list == null || list.items() == null || list.items().isEmpty()) {
                out.add(f);
                continue;
            }
            for (String item : list.items()) {
                if (item == null || item.isBlank()) continue;
                Map<String, Draft.DraftSlot> slots = new LinkedHashMap<>(f.slots());
                Draft.DraftSlot s = slots.get(list.slot());
                if (s != null) {
                    slots.put(
                            list.slot(),
                            new Draft.DraftSlot(s.type(), item.trim(), s.scale(), s.unit(), s.currency(), s.to()));
                }
                out.add(f.as(f.id() + "-" + slug(item), f.label() + ": " + item.trim(), slots));
            }
        }
        return out;
    }

    private static Draft.DraftFact named(Draft.DraftFact f) {
        if (f.id() != null && !f.id().isBlank()
                || f.label() == null
                || f.label().isBlank()) return f;
        return f.as(slug(f.label()), f.label(), f.slots());
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
    }
}
