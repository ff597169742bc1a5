package in.prelims.fact;

import java.math.BigDecimal;

/**
 * A typed value found in a document, normalised as the fact schema writes it.
 *
 * @param type     a slot type: date, month, year, number, money, percent, duration or ordinal
 * @param start    the character offset where the value's text begins
 * @param end      the offset just after it
 * @param text     the text as the document writes it ("Rs. 19,744 crore")
 * @param value    the schema value: ISO date, {@code yyyy-MM}, year, plain decimal or whole number
 * @param scale    for numbers and money: thousand, lakh, crore, lakh-crore, million or billion; else null
 * @param currency for money: USD, INR, AUD, JPY, ...; else null
 * @param unit     for a duration: hours, days, weeks, months or years; else null
 */
public record FoundValue(
        String type, int start, int end, String text, String value, String scale, String currency, String unit) {

    /** The figure without its scale: 19,744 crore is 197440000000. */
    public BigDecimal absolute() {
        return Scales.absolute(value, scale);
    }

    boolean overlaps(FoundValue other) {
        return start < other.end && other.start < end;
    }
}
