package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One spelling per value, so "3.20" equals "3.2" and an alias (USA) equals its entity's name (United States). */
public final class Canonical {

    private final Gazetteer gazetteer;
    private final Map<String, Entity> names = new HashMap<>();

    /**
     * By entity type, each name and alias exactly as the gazetteer writes it, with its canonical form
     * (worked out once by {@link #of(Slot, String)}'s own rule): values are mostly written so, and a
     * look-up by the value itself hashes no new string.
     */
    private final Map<String, Map<String, String>> exactForms = new HashMap<>();

    /** @param entityTypes the entity types whose names and aliases are resolved */
    public Canonical(Gazetteer gazetteer, Iterable<String> entityTypes) {
        this.gazetteer = gazetteer;
        for (String type : entityTypes) {
            for (Entity e : gazetteer.ofType(type)) {
                e.allNames().forEach(n -> names.putIfAbsent(key(type, n), e));
            }
        }
        for (String type : entityTypes) {
            Map<String, String> forms = exactForms.computeIfAbsent(type, k -> new HashMap<>());
            for (Entity e : gazetteer.ofType(type)) {
                e.allNames().forEach(n -> forms.putIfAbsent(n, entityForm(type, n)));
            }
        }
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public String of(Slot slot) {
        return of(slot, slot.value());
    }

    /** The canonical form of {@code value} read as a value of {@code slot}'s type. */
    public String of(Slot slot, String value) {
        return switch (slot.kind()) {
            case ENTITY -> entity(slot.type(), value);
            case NUMBER, MONEY, COUNT, DURATION, ORDINAL -> plainOrSelf(value);
            case PERCENT -> plainOrSelf(value) + (slot.to() == null ? "" : "-" + plainOrSelf(slot.to()));
            default -> value.trim();
        };
    }

    private String entity(String type, String value) {
        Map<String, String> forms = exactForms.get(type);
        String form = forms == null ? null : forms.get(value);
        return form != null ? form : entityForm(type, value);
    }

    private String entityForm(String type, String value) {
        return name(type, value).toLowerCase(Locale.ROOT);
    }

    /** For an entity slot, the entity's own name for a name or alias; any other value as it is. */
    public String name(Slot slot, String value) {
        return name(slot.type(), value);
    }

    private String name(String type, String value) {
        Entity e = names.get(key(type, value));
        return e == null ? value.trim() : e.name();
    }

    private static String key(String type, String name) {
        return type + "|" + name.trim().toLowerCase(Locale.ROOT);
    }

    private static String plainOrSelf(String value) {
        try {
            return SlotFormat.plain(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }
}
