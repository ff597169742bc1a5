package in.prelims.generation.distractor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.prelims.fact.Entity;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of an entity value looked up by the exact name is what the rule gives (the
 * entity's own name, lower case, by type and trimmed lower-case name); checked against the rule as
 * first written, over every name and alias of the shipped gazetteer and variants of them.
 */
class CanonicalTest {

    @Test
    void entityFormsAsTheFirstVersion() {
        FactBase base = FactBaseLoader.load(Path.of("questions"));
        Set<String> types = new TreeSet<>();
        base.facts()
                .forEach(f -> f.slots().values().stream()
                        .filter(s -> s.kind() == SlotKind.ENTITY)
                        .forEach(s -> types.add(s.type())));
        Gazetteer gazetteer = base.gazetteer();
        Canonical canonical = new Canonical(gazetteer, types);
        Map<String, Entity> first = new HashMap<>();
        for (String type : types)
            for (Entity e : gazetteer.ofType(type))
                e.allNames()
                        .forEach(n -> first.putIfAbsent(type + "|" + n.trim().toLowerCase(Locale.ROOT), e));
        List<String> values = new ArrayList<>();
        gazetteer.ofType("country").forEach(e -> values.addAll(e.allNames()));
        for (String type : types) gazetteer.ofType(type).forEach(e -> values.addAll(e.allNames()));
        values.add("not an entity at all");
        int checked = 0;
        for (String type : new TreeSet<>(types)) {
            Slot slot = new Slot("x", type, SlotKind.ENTITY, "v", null, null, null, null);
            for (String v : values) {
                for (String variant :
                        List.of(v, " " + v + " ", v.toUpperCase(Locale.ROOT), v.toLowerCase(Locale.ROOT))) {
                    Entity e = first.get(type + "|" + variant.trim().toLowerCase(Locale.ROOT));
                    String expected = (e == null ? variant.trim() : e.name()).toLowerCase(Locale.ROOT);
                    assertEquals(expected, canonical.of(slot, variant), type + ": " + variant);
                    assertEquals(expected, canonical.of(slot.withValue(variant)), type + ": " + variant);
                    checked++;
                }
            }
        }
        assertEquals(true, checked > 100, "checked " + checked);
    }
}
