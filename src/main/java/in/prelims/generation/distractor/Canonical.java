package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotFormat;
import java.util.Locale;

/** One spelling per value, so "3.20" equals "3.2" and an alias equals its entity's name. */
public final class Canonical {

    private Canonical() {}

    public static String of(Slot slot, Gazetteer gazetteer) {
        return of(slot, slot.value(), gazetteer);
    }

    /** The canonical form of {@code value} read as a value of {@code slot}'s type. */
    public static String of(Slot slot, String value, Gazetteer gazetteer) {
        return switch (slot.kind()) {
            case ENTITY -> gazetteer.find(value).map(Entity::name).orElse(value).toLowerCase(Locale.ROOT);
            case NUMBER, MONEY, COUNT, DURATION, ORDINAL -> plainOrSelf(value);
            case PERCENT -> plainOrSelf(value) + (slot.to() == null ? "" : "-" + plainOrSelf(slot.to()));
            default -> value.trim();
        };
    }

    private static String plainOrSelf(String value) {
        try {
            return SlotFormat.plain(value.trim());
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }
}
