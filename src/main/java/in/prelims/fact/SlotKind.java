package in.prelims.fact;

import java.util.Locale;
import java.util.Optional;

/** The built-in slot types; any other type name is an entity type from the gazetteer. */
public enum SlotKind {
    DATE,
    MONTH,
    YEAR,
    /** An Indian financial year, 1 April to 31 March: {@code 2023-24}. */
    FISCAL_YEAR,
    NUMBER,
    COUNT,
    PERCENT,
    MONEY,
    DURATION,
    ORDINAL,
    ENTITY;

    /** Date-like kinds can date an event and order a chronology. */
    public boolean isTemporal() {
        return this == DATE || this == MONTH || this == YEAR || this == FISCAL_YEAR;
    }

    public boolean isNumeric() {
        return this == NUMBER
                || this == COUNT
                || this == PERCENT
                || this == MONEY
                || this == DURATION
                || this == ORDINAL;
    }

    /** The type name as the schema writes it: {@code date}, {@code fiscal-year}, ... */
    public String typeName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The built-in kind a type name writes ({@code fiscal-year} is {@link #FISCAL_YEAR}); ENTITY for any other. */
    public static SlotKind of(String type) {
        return ofType(type);
    }

    static SlotKind ofType(String type) {
        return Optional.ofNullable(type)
                .filter(t -> !t.equalsIgnoreCase("entity"))
                .flatMap(t -> {
                    try {
                        return Optional.of(valueOf(t.toUpperCase(Locale.ROOT).replace('-', '_')));
                    } catch (IllegalArgumentException notBuiltIn) {
                        return Optional.empty();
                    }
                })
                .orElse(ENTITY);
    }
}
