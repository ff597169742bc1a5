package in.prelims.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
        if (type == null) return ENTITY;
        SlotKind kind = BY_NAME.get(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        return kind == null ? ENTITY : kind;
    }

    /** Looked up rather than {@code valueOf}: most types are entity types, and an exception per slot is slow. */
    private static final Map<String, SlotKind> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(SlotKind::name, k -> k));
}
