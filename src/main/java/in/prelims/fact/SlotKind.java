package in.prelims.fact;

import java.util.Locale;
import java.util.Optional;

/** The built-in slot types; any other type name is an entity type from the gazetteer. */
public enum SlotKind {
    DATE,
    MONTH,
    YEAR,
    NUMBER,
    COUNT,
    PERCENT,
    MONEY,
    DURATION,
    ORDINAL,
    ENTITY;

    /** Date-like kinds can date an event and order a chronology. */
    public boolean isTemporal() {
        return this == DATE || this == MONTH || this == YEAR;
    }

    public boolean isNumeric() {
        return this == NUMBER
                || this == COUNT
                || this == PERCENT
                || this == MONEY
                || this == DURATION
                || this == ORDINAL;
    }

    static SlotKind ofType(String type) {
        return Optional.ofNullable(type)
                .filter(t -> !t.equalsIgnoreCase("entity"))
                .flatMap(t -> {
                    try {
                        return Optional.of(valueOf(t.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException notBuiltIn) {
                        return Optional.empty();
                    }
                })
                .orElse(ENTITY);
    }
}
