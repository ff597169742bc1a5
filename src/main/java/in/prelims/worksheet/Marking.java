package in.prelims.worksheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Marking schemes a worksheet states in its instructions. Marks are exact decimals or fractions as
 * text, never floats: UPSC GS Paper I gives +2 and takes one third of that (2/3) for a wrong answer.
 *
 * Each scheme has the marks for a correct answer and the marks deducted for a wrong one, as printed
 * ("2/3"), or "0" for none.
 */
enum Marking {
    UPSC("2", "2/3", "one third"),
    CSAT("2.5", "5/6", "one third"),
    PSC("1", "1/4", "one quarter"),
    NONE("1", "0", "none");

    final String right;
    final String wrong;
    /** The share of a question's marks a wrong answer loses, in words for the instructions. */
    final String penaltyShare;

    Marking(String right, String wrong, String penaltyShare) {
        this.right = right;
        this.wrong = wrong;
        this.penaltyShare = penaltyShare;
    }

    String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String[] slugs() {
        return Arrays.stream(values()).map(Marking::slug).toArray(String[]::new);
    }

    static Marking ofSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT));
    }

    boolean negative() {
        return !"0".equals(wrong);
    }

    /** The most a paper of {@code questions} questions can score: 100 x 2 = "200"; 80 x 2.5 = "200". */
    String maxMarks(int questions) {
        return new BigDecimal(right)
                .multiply(BigDecimal.valueOf(questions))
                .stripTrailingZeros()
                .toPlainString();
    }
}
