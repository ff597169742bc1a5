package in.prelims.fact;

import java.util.Objects;

/** A typed, askable part of a fact; a value, compared by its parts as a record would be. */
public final class Slot {

    private final String name;
    /** The type name as written: a built-in kind ({@code date}, {@code money}, ...) or an entity type. */
    private final String type;

    private final SlotKind kind;
    /** The raw value: ISO date, {@code yyyy-MM}, year, decimal, whole number or entity name. */
    private final String value;
    /** For numbers and money: thousand, lakh, crore, million or billion; else null. */
    private final String scale;
    /** Plural noun shown after a number, count or duration; else null. */
    private final String unit;
    /** For money: an ISO code such as USD or JPY; else null. */
    private final String currency;
    /** For a percent range, the upper end; else null. */
    private final String to;
    /** For an entity slot, what a wrong value must share with the key. */
    private final Constraint constraint;
    /** This slot's own grade, or null to take the fact's. */
    private final Salience salience;
    /**
     * For an entity named with an article in running text ("the United Nations"), that article; else null. The
     * gazetteer's, so it follows the value and is not compared.
     */
    private final String article;
    /** Worked out on first use: a wrong value is shown, compared and checked against the base several times. */
    private String display;

    public Slot(
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
        this(name, type, kind, value, scale, unit, currency, to, constraint, salience, null);
    }

    private Slot(
            String name,
            String type,
            SlotKind kind,
            String value,
            String scale,
            String unit,
            String currency,
            String to,
            Constraint constraint,
            Salience salience,
            String article) {
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.value = value;
        this.scale = scale;
        this.unit = unit;
        this.currency = currency;
        this.to = to;
        this.constraint = constraint == null ? Constraint.DEFAULT : constraint;
        this.salience = salience;
        this.article = article;
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

    /** The same slot holding another value (a distractor or an also-true value), with no article: see {@link Gazetteer#named}. */
    public Slot withValue(String newValue) {
        return new Slot(name, type, kind, newValue, scale, unit, currency, to, constraint, salience);
    }

    /** The same slot naming its entity with {@code article} in running text, or with none when null. */
    public Slot withArticle(String article) {
        return Objects.equals(article, this.article)
                ? this
                : new Slot(name, type, kind, value, scale, unit, currency, to, constraint, salience, article);
    }

    /** The article the value takes in running text ("the" for the United Nations), or null. */
    public String article() {
        return article;
    }

    /**
     * The value as shown at {@code at} in running {@code text}: with its article ("India and the United States"),
     * capitalised where a sentence starts, unless the text writes an article just before it.
     */
    public String shownAt(CharSequence text, int at) {
        String shown = display();
        if (article == null || ArticlePlace.writtenBefore(text, at)) return shown;
        return (ArticlePlace.startsSentence(text, at) ? ArticlePlace.capitalised(article) : article) + " " + shown;
    }

    /** The same slot with another value and percent range end. */
    public Slot withValue(String newValue, String newTo) {
        return new Slot(name, type, kind, newValue, scale, unit, currency, newTo, constraint, salience);
    }

    /** The value as a reader sees it: "7 October 2020", "3.2 million debit cards", "USD 1.67 billion". */
    public String display() {
        String shown = display;
        if (shown == null) {
            shown = SlotFormat.display(this);
            display = shown;
        }
        return shown;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public SlotKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public String scale() {
        return scale;
    }

    public String unit() {
        return unit;
    }

    public String currency() {
        return currency;
    }

    public String to() {
        return to;
    }

    public Constraint constraint() {
        return constraint;
    }

    public Salience salience() {
        return salience;
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || (o instanceof Slot s
                        && Objects.equals(name, s.name)
                        && Objects.equals(type, s.type)
                        && kind == s.kind
                        && Objects.equals(value, s.value)
                        && Objects.equals(scale, s.scale)
                        && Objects.equals(unit, s.unit)
                        && Objects.equals(currency, s.currency)
                        && Objects.equals(to, s.to)
                        && Objects.equals(constraint, s.constraint)
                        && Objects.equals(salience, s.salience));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, kind, value, scale, unit, currency, to, constraint, salience);
    }

    @Override
    public String toString() {
        return "Slot[name=" + name + ", type=" + type + ", kind=" + kind + ", value=" + value + ", scale=" + scale
                + ", unit=" + unit + ", currency=" + currency + ", to=" + to + ", constraint=" + constraint
                + ", salience=" + salience + "]";
    }
}
