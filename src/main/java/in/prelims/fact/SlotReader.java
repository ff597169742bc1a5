package in.prelims.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one slot and checks its value against its type. */
final class SlotReader {

    private static final Set<String> KEYS =
            Set.of("type", "value", "scale", "unit", "currency", "to", "constraint", "salience");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("country", "role", "class", "member");
    static final Set<String> SCALES = Scales.FACTORS.keySet();
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private SlotReader() {}

    /** Returns the slot, or null after recording why it is not valid. */
    static Slot read(String name, YamlNode node, String file, java.util.List<FactError> errors) {
        Fields f = Fields.of(node, "slot '" + name + "'", KEYS, file, errors);
        if (f == null) return null;
        int before = errors.size();
        String type = f.requiredText("type");
        String value = f.requiredText("value");
        if (type == null || value == null) return null;
        if (!TYPE_NAME.matcher(type).matches()) {
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
        return new Constraint(c.text("country"), c.text("role"), c.text("class"), c.text("member"));
    }

    private static String problem(Slot s) {
        String v = s.value();
        try {
            return switch (s.kind()) {
                case DATE -> {
                    LocalDate.parse(v);
                    yield null;
                }
                case MONTH -> {
                    YearMonth.parse(v);
                    yield null;
                }
                case YEAR -> v.matches("\\d{4}") ? null : "'" + v + "' is not a year (four digits)";
                case FISCAL_YEAR ->
                    FiscalYear.start(v) > 0
                            ? null
                            : "'" + v + "' is not a financial year (write the first year and the next year's"
                                    + " last two digits: 2023-24)";
                case COUNT, DURATION, ORDINAL ->
                    WHOLE.matcher(v).matches() ? null : "'" + v + "' is not a whole number";
                case NUMBER, MONEY, PERCENT -> {
                    new BigDecimal(v);
                    if (s.to() != null) new BigDecimal(s.to());
                    if (s.scale() != null && !SCALES.contains(s.scale())) {
                        String meant = Scales.ofWord(s.scale());
                        yield "scale '" + s.scale() + "' is not one of " + String.join(", ", SCALES)
                                + (meant != null ? " (write '" + meant + "')" : "");
                    }
                    if (s.kind() == SlotKind.MONEY
                            && (s.currency() == null
                                    || !CURRENCY.matcher(s.currency()).matches()))
                        yield "money needs a currency code such as USD";
                    yield null;
                }
                case ENTITY -> null;
            };
        } catch (DateTimeParseException e) {
            return "'" + v + "' is not a valid "
                    + (s.kind() == SlotKind.DATE ? "date (yyyy-mm-dd)" : "month (yyyy-mm)");
        } catch (NumberFormatException e) {
            return "'" + v + "' is not a number";
        }
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
