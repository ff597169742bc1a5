package in.prelims.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(4, 6)).isEqualTo(Fraction.of(2, 3));
        assertThat(Fraction.of(2, -3)).isEqualTo(new Fraction(-2, 3));
        assertThat(Fraction.of(0, 7)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(-10, 5).toString()).isEqualTo("-2");
        assertThat(Fraction.of(-20, 3).toString()).isEqualTo("-20/3");
    }

    @Test
    void thirtyUpscDeductionsAreExactlyTwentyMarks() {
        Fraction total = Fraction.ZERO;
        for (int i = 0; i < 30; i++) {
            total = total.minus(Fraction.of(2, 3));
        }
        assertThat(total).isEqualTo(Fraction.of(-20));
        assertThat(total.rounded(2)).isEqualByComparingTo("-20.00");
    }

    @Test
    void floatingPointWouldDriftWhereFractionsDoNot() {
        double drifting = 0;
        Fraction exact = Fraction.ZERO;
        for (int i = 0; i < 10; i++) {
            drifting += 0.1;
            exact = exact.plus(Fraction.parse("0.1"));
        }
        assertThat(drifting).isNotEqualTo(1.0);
        assertThat(exact).isEqualTo(Fraction.of(1));
    }

    @Test
    void readsDecimalsExactlyAndFractionsAsWritten() {
        assertThat(Fraction.of(new BigDecimal("0.25"))).isEqualTo(Fraction.of(1, 4));
        assertThat(Fraction.of(new BigDecimal("2.50"))).isEqualTo(Fraction.of(5, 2));
        assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.of(100));
        assertThat(Fraction.parse("0.333")).isEqualTo(Fraction.of(333, 1000));
        assertThat(Fraction.parse(" 5/6 ")).isEqualTo(Fraction.of(5, 6));
        assertThat(Fraction.parse("-1/4")).isEqualTo(Fraction.of(-1, 4));
        assertThat(Fraction.parse("2")).isEqualTo(Fraction.of(2));
        assertThatThrownBy(() -> Fraction.parse("1/0")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Fraction.parse("two")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Fraction.parse("0.1234567890123")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void roundsToTwoDecimalsHalfAwayFromZero() {
        assertThat(Fraction.of(-20, 3).rounded(2)).isEqualByComparingTo("-6.67");
        assertThat(Fraction.of(2, 3).rounded(2)).isEqualByComparingTo("0.67");
        assertThat(Fraction.of(1, 8).rounded(2)).isEqualByComparingTo("0.13");
        assertThat(Fraction.of(-1, 8).rounded(2)).isEqualByComparingTo("-0.13");
        assertThat(Fraction.of(35, 3).rounded(2).toPlainString()).isEqualTo("11.67");
    }

    @Test
    void comparesAndAddsAcrossDenominators() {
        assertThat(Fraction.of(5, 6).plus(Fraction.of(2, 3))).isEqualTo(Fraction.of(3, 2));
        assertThat(Fraction.of(5, 2).times(3)).isEqualTo(Fraction.of(15, 2));
        assertThat(Fraction.of(2, 3)).isGreaterThan(Fraction.of(5, 8));
        assertThat(Fraction.of(-1, 3).signum()).isEqualTo(-1);
    }

    @Test
    void overflowFailsLoudlyInsteadOfWrapping() {
        Fraction huge = Fraction.of(Long.MAX_VALUE / 2, 1);
        assertThatThrownBy(() -> huge.times(3)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
