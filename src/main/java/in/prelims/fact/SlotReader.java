package in.prelims.fact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.Set;

/** Reads one slot and checks its value against its type. */
final class SlotReader {

    private static final Set<String> KEYS =
            Set.of("type", "value", "scale", "unit", "currency", "to", "constraint", "salience");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("country", "role", "class", "member", "partner");
    static final Set<String> SCALES = Scales.FACTORS.keySet();

    private SlotReader() {}

    /** Whether {@code type} is a lower-case slug, {@code [a-z][a-z0-9-]*}, checked by hand: it runs for every slot. */
    static boolean isTypeName(String type) {
        if (type.isEmpty() || type.charAt(0) < 'a' || type.charAt(0) > 'z') return false;
        for (int i = 1; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
        }
        return true;
    }

    /** Returns the slot, or null after recording why it is not valid. */
    static Slot read(String name, YamlNode node, String file, java.util.List<FactError> errors) {
        Fields f = Fields.of(node, "slot '" + name + "'", KEYS, file, errors);
        if (f == null) return null;
        int before = errors.size();
        String type = f.requiredText("type");
        String value = f.requiredText("value");
        if (type == null || value == null) return null;
        if (!isTypeName(type)) {
            f.error(f.line("type"), "slot '" + name + "': type '" + type + "' must be a lower-case slug");
            return null;
        }
        SlotKind kind = SlotKind.ofType(type);
        Salience salience = null;
        if (f.has("salience")) {
            salience = Salience.of(f.text("salience")).orElse(null);
            if (salience == null) f.error(f.line("salience"), "slot '" + name + "': salience must be core or context");
        }
        Constraint constraint = constraint(f, name, kind, file, errors);
        Slot slot = new Slot(
                name,
                type,
                kind,
                value,
                f.text("scale"),
                f.text("unit"),
                f.text("currency"),
                f.text("to"),
                constraint,
                salience);
        String problem = problem(slot);
        if (problem != null) {
            f.error(f.line("value"), "slot '" + name + "': " + problem);
        }
        requireOnly(f, slot, name);
        return errors.size() == before ? slot : null;
    }

    private static Constraint constraint(
            Fields f, String name, SlotKind kind, String file, java.util.List<FactError> errors) {
        if (!f.has("constraint")) return Constraint.DEFAULT;
        if (kind != SlotKind.ENTITY) {
            f.error(f.line("constraint"), "slot '" + name + "': a constraint applies only to an entity slot");
            return Constraint.DEFAULT;
        }
        Fields c = Fields.of(f.node("constraint"), "constraint of slot '" + name + "'", CONSTRAINT_KEYS, file, errors);
        if (c == null) return Constraint.DEFAULT;
        return new Constraint(c.text("country"), c.text("role"), c.text("class"), c.text("member"), c.text("partner"));
    }

    private static String problem(Slot s) {
        String v = s.value();
        try {
            return switch (s.kind()) {
                case DATE -> {
                    IsoDates.date(v);
                    yield null;
                }
                case MONTH -> {
                    IsoDates.month(v);
                    yield null;
                }
                case YEAR ->
                    v.length() == 4 && IsoDates.digits(v, 0, 4) ? null : "'" + v + "' is not a year (four digits)";
                case FISCAL_YEAR ->
                    FiscalYear.start(v) > 0
                            ? null
                            : "'" + v + "' is not a financial year (write the first year and the next year's"
                                    + " last two digits: 2023-24)";
                case COUNT, DURATION, ORDINAL ->
                    !v.isEmpty() && IsoDates.digits(v, 0, v.length()) ? null : "'" + v + "' is not a whole number";
                case NUMBER, MONEY, PERCENT -> {
                    checkDecimal(v);
                    if (s.to() != null) checkDecimal(s.to());
                    if (s.scale() != null && !SCALES.contains(s.scale())) {
                        String meant = Scales.ofWord(s.scale());
                        yield "scale '" + s.scale() + "' is not one of " + String.join(", ", SCALES)
                                + (meant != null ? " (write '" + meant + "')" : "");
                    }
                    if (s.kind() == SlotKind.MONEY && (s.currency() == null || !currencyCode(s.currency())))
                        yield "money needs a currency code such as USD";
                    yield null;
                }
                case ENTITY -> null;
            };
        } catch (DateTimeException e) {
            return "'" + v + "' is not a valid "
                    + (s.kind() == SlotKind.DATE ? "date (yyyy-mm-dd)" : "month (yyyy-mm)");
        } catch (NumberFormatException e) {
            return "'" + v + "' is not a number";
        }
    }

    // These checks accept exactly what new BigDecimal and the patterns \\d{4}, \\d+ and [A-Z]{3}
    // accept; compiled patterns and BigDecimals were much of a slot's cost when loading.

    /** Throws a NumberFormatException unless {@code v} is a decimal number. */
    private static void checkDecimal(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        int point = v.indexOf('.');
        boolean plain = point < 0
                ? v.length() > start && IsoDates.digits(v, start, v.length())
                : point > start
                        && point < v.length() - 1
                        && IsoDates.digits(v, start, point)
                        && IsoDates.digits(v, point + 1, v.length());
        if (!plain) new BigDecimal(v);
    }

    private static boolean currencyCode(String v) {
        if (v.length() != 3) return false;
        for (int i = 0; i < 3; i++) {
            char c = v.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    /** Keys that mean nothing for a kind are errors, so a typo cannot silently change a figure. */
    private static void requireOnly(Fields f, Slot s, String name) {
        boolean scaled = s.kind() == SlotKind.NUMBER || s.kind() == SlotKind.MONEY;
        boolean united = s.kind() == SlotKind.NUMBER || s.kind() == SlotKind.COUNT || s.kind() == SlotKind.DURATION;
        reject(f, name, "scale", s.scale(), scaled, s.kind());
        reject(f, name, "unit", s.unit(), united, s.kind());
        reject(f, name, "currency", s.currency(), s.kind() == SlotKind.MONEY, s.kind());
        reject(f, name, "to", s.to(), s.kind() == SlotKind.PERCENT, s.kind());
        if (s.kind() == SlotKind.DURATION && s.unit() == null) {
            f.error(f.line(), "slot '" + name + "': a duration needs a unit (years, months, days)");
        }
    }

    private static void reject(Fields f, String name, String key, String value, boolean allowed, SlotKind kind) {
        if (value != null && !allowed) {
            f.error(f.line(key), "slot '" + name + "': '" + key + "' does not apply to a " + kind.typeName() + " slot");
        }
    }
}
