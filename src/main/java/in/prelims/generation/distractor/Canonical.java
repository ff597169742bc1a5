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

    /** @param entityTypes the entity types whose names and aliases are resolved */
    public Canonical(Gazetteer gazetteer, Iterable<String> entityTypes) {
        this.gazetteer = gazetteer;
        for (String type : entityTypes) {
            for (Entity e : gazetteer.ofType(type)) {
                e.allNames().forEach(n -> names.putIfAbsent(key(type, n), e));
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
            case ENTITY -> name(slot, value).toLowerCase(Locale.ROOT);
            case NUMBER, MONEY, COUNT, DURATION, ORDINAL -> plainOrSelf(value);
            case PERCENT -> plainOrSelf(value) + (slot.to() == null ? "" : "-" + plainOrSelf(slot.to()));
            default -> value.trim();
        };
    }

    /** For an entity slot, the entity's own name for a name or alias; any other value as it is. */
    public String name(Slot slot, String value) {
        Entity e = names.get(key(slot.type(), value));
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
