package in.prelims.marking;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact rational number in lowest terms with a positive denominator, so that marks such as
 * 2/3 add up without drift: thirty UPSC deductions of 2/3 are exactly 20.
 * Arithmetic throws {@link ArithmeticException} on overflow instead of wrapping.
 */
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);

    private static final Pattern RATIO = Pattern.compile("\\s*([+-]?\\d{1,12})\\s*/\\s*(\\d{1,12})\\s*");
    private static final int MAX_DECIMAL_PLACES = 12;

    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction cannot have a zero denominator");
        }
        if (denominator < 0) {
            numerator = Math.negateExact(numerator);
            denominator = Math.negateExact(denominator);
        }
        long divisor = gcd(Math.absExact(numerator), denominator);
        numerator /= divisor;
        denominator /= divisor;
    }

    public static Fraction of(long whole) {
        return new Fraction(whole, 1);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** The exact value of a decimal: 0.25 is 1/4, 0.333 is 333/1000. */
    public static Fraction of(BigDecimal decimal) {
        BigDecimal plain = decimal.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMAL_PLACES) {
            throw new ArithmeticException("more than " + MAX_DECIMAL_PLACES + " decimal places");
        }
        if (plain.scale() <= 0) {
            return of(plain.longValueExact());
        }
        return new Fraction(
                plain.unscaledValue().longValueExact(),
                BigInteger.TEN.pow(plain.scale()).longValueExact());
    }

    /**
     * Reads "2", "-0.25", "2.5" or "5/6".
     *
     * @throws NumberFormatException when the text is none of these
     */
    public static Fraction parse(String text) {
        Matcher ratio = RATIO.matcher(text);
        if (ratio.matches()) {
            long denominator = Long.parseLong(ratio.group(2));
            if (denominator == 0) {
                throw new NumberFormatException("a fraction cannot have a zero denominator");
            }
            return new Fraction(Long.parseLong(ratio.group(1)), denominator);
        }
        try {
            return of(new BigDecimal(text.trim()));
        } catch (ArithmeticException e) {
            throw new NumberFormatException(e.getMessage());
        }
    }

    public Fraction plus(Fraction other) {
        long common = Math.multiplyExact(denominator / gcd(denominator, other.denominator), other.denominator);
        return new Fraction(
                Math.addExact(
                        Math.multiplyExact(numerator, common / denominator),
                        Math.multiplyExact(other.numerator, common / other.denominator)),
                common);
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction times(long factor) {
        return new Fraction(Math.multiplyExact(numerator, factor), denominator);
    }

    public Fraction dividedBy(Fraction other) {
        if (other.numerator == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Fraction(
                Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
    }

    public Fraction negate() {
        return new Fraction(Math.negateExact(numerator), denominator);
    }

    public int signum() {
        return Long.signum(numerator);
    }

    /** Rounded half away from zero: -20/3 is -6.67. */
    public BigDecimal rounded(int places) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), places, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction other) {
        return Long.compare(
                Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(other.numerator, denominator));
    }

    /** "2.5", "62.5": the exact decimal when there is one (the denominator has only the factors 2 and 5), else "5/6". */
    public String plain() {
        long d = denominator;
        while (d % 2 == 0) d /= 2;
        while (d % 5 == 0) d /= 5;
        if (d != 1) {
            return toString();
        }
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** "2", "-20/3": the exact value, readable back by {@link #parse}. */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a == 0 ? 1 : a;
    }
}
