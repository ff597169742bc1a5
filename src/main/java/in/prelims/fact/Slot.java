package in.prelims.fact;

/**
 * A typed, askable part of a fact.
 *
 * @param type       the type name as written: a built-in kind ({@code date}, {@code money}, ...) or an entity type
 * @param value      the raw value: ISO date, {@code yyyy-MM}, year, decimal, whole number or entity name
 * @param scale      for numbers and money: thousand, lakh, crore, million or billion; else null
 * @param unit       plural noun shown after a number, count or duration; else null
 * @param currency   for money: an ISO code such as USD or JPY; else null
 * @param to         for a percent range, the upper end; else null
 * @param constraint for an entity slot, what a wrong value must share with the key
 * @param salience   this slot's own grade, or null to take the fact's
 */
public record Slot(
        String name,
        String type,
        SlotKind kind,
        String value,
        String scale,
        String unit,
        String currency,
        String to,
        Constraint constraint,
        Salience salience) {

    public Slot {
        if (constraint == null) constraint = Constraint.DEFAULT;
    }

    public Slot(
            String name,
            String type,
            SlotKind kind,
            String value,
            String scale,
            String unit,
            String currency,
            String to) {
        this(name, type, kind, value, scale, unit, currency, to, Constraint.DEFAULT, null);
    }

    /** The same slot holding another value (a distractor or an also-true value). */
    public Slot withValue(String newValue) {
        return new Slot(name, type, kind, newValue, scale, unit, currency, to, constraint, salience);
    }

    /** The same slot with another value and percent range end. */
    public Slot withValue(String newValue, String newTo) {
        return new Slot(name, type, kind, newValue, scale, unit, currency, newTo, constraint, salience);
    }

    /** The value as a reader sees it: "7 October 2020", "3.2 million debit cards", "USD 1.67 billion". */
    public String display() {
        return SlotFormat.display(this);
    }
}
