package in.prelims.quiz;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.Optional;

/**
 * How a quiz is scored: {@code correct} marks for a right answer, {@code wrong} marks deducted for
 * a wrong one, nothing for a question left blank.
 */
public record Marking(String name, Fraction correct, Fraction wrong) {

    /** UPSC GS Paper I: 2 marks a question; a wrong answer loses a third of them. */
    public static final Marking UPSC_GS = new Marking("upsc-gs", Fraction.of(2), Fraction.of(2, 3));
    /** UPSC CSAT (GS Paper II): 2.5 marks a question; a wrong answer loses a third of them. */
    public static final Marking CSAT = new Marking("csat", Fraction.of(5, 2), Fraction.of(5, 6));

    public static final Marking NONE = new Marking("none", Fraction.of(1), Fraction.ZERO);
    public static final String CUSTOM = "custom";
    public static final List<Marking> PRESETS = List.of(UPSC_GS, CSAT, NONE);

    private static final Fraction MOST = Fraction.of(100);

    public static Optional<Marking> preset(String name) {
        return PRESETS.stream()
                .filter(m -> m.name.equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }

    /** A scheme of one's own, such as a state PSC's +1 / -1/4. */
    public static Marking custom(Fraction correct, Fraction wrong) {
        if (correct.signum() <= 0 || correct.compareTo(MOST) > 0) {
            throw new BadRequestException("The marks for a right answer (marking.correct) must be more than 0 and at "
                    + "most 100; it was " + correct);
        }
        if (wrong.signum() < 0 || wrong.compareTo(MOST) > 0) {
            throw new BadRequestException(
                    "The marks deducted for a wrong answer (marking.wrong) must be 0 to 100; it was " + wrong);
        }
        return new Marking(CUSTOM, correct, wrong);
    }

    /** The scheme stored with an attempt, read back exactly as it was when the attempt started. */
    static Marking stored(String name, String correct, String wrong) {
        return new Marking(name, Fraction.parse(correct), Fraction.parse(wrong));
    }

    /**
     * @param chosen the option picked, or null when the question was left blank
     */
    public Fraction marksFor(Integer chosen, int answer) {
        if (chosen == null) {
            return Fraction.ZERO;
        }
        return chosen == answer ? correct : wrong.negate();
    }

    /** "+2 / −2/3" */
    public String summary() {
        return "+" + correct + " / \u2212" + wrong;
    }
}
