package in.prelims.marking;

import in.prelims.error.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How answers are scored, in quizzes, worksheets and exports alike: {@code correct} marks for a right
 * answer, {@code wrong} marks deducted for a wrong one, nothing for a question left blank. A preset is
 * one constant here, listed in {@link #PRESETS}, with its name in messages/marking.properties.
 *
 * @param slug the name stored with an attempt and used in URLs: "upsc-gs", or "custom"
 */
public record Marking(String slug, Fraction correct, Fraction wrong) {

    /** UPSC GS Paper I: 2 marks a question; a wrong answer loses a third of them. */
    public static final Marking UPSC_GS = new Marking("upsc-gs", Fraction.of(2), Fraction.of(2, 3));
    /** UPSC CSAT (GS Paper II): 2.5 marks a question; a wrong answer loses a third of them. */
    public static final Marking CSAT = new Marking("csat", Fraction.of(5, 2), Fraction.of(5, 6));
    /** Many state PSCs: 1 mark a question; a wrong answer loses a quarter of it. */
    public static final Marking STATE_PSC = new Marking("state-psc", Fraction.of(1), Fraction.of(1, 4));

    public static final Marking NONE = new Marking("none", Fraction.of(1), Fraction.ZERO);
    public static final String CUSTOM = "custom";
    public static final List<Marking> PRESETS = List.of(UPSC_GS, CSAT, STATE_PSC, NONE);
    /** Slugs older worksheet and export links used. */
    private static final Map<String, Marking> ALIASES = Map.of("upsc", UPSC_GS, "psc", STATE_PSC);

    private static final Fraction MOST = Fraction.of(100);
    private static final int PERCENT_PLACES = 5;

    /** A preset by its slug or an older alias ("upsc", "psc"), ignoring case. */
    public static Optional<Marking> preset(String slug) {
        String wanted = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
        return PRESETS.stream()
                .filter(m -> m.slug.equals(wanted))
                .findFirst()
                .or(() -> Optional.ofNullable(ALIASES.get(wanted)));
    }

    /**
     * The preset a request names in {@code field}, or {@code fallback} when it names none.
     *
     * @throws InvalidInputException when the value is not a preset's slug or alias
     */
    public static Marking preset(String field, String raw, Marking fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        return preset(raw)
                .orElseThrow(() -> new InvalidInputException(
                        field, field + " must be one of " + presetSlugs() + ", not \"" + raw + "\""));
    }

    /** "upsc-gs, csat, state-psc, none" */
    public static String presetSlugs() {
        return PRESETS.stream().map(Marking::slug).collect(Collectors.joining(", "));
    }

    /**
     * A scheme of one's own, such as +3 / -1.
     *
     * @throws InvalidInputException naming {@code marking.correct} or {@code marking.wrong}
     */
    public static Marking custom(Fraction correct, Fraction wrong) {
        if (correct.signum() <= 0 || correct.compareTo(MOST) > 0) {
            throw new InvalidInputException(
                    "marking.correct",
                    "The marks for a right answer (marking.correct) must be more than 0 and at most 100; it was "
                            + correct);
        }
        if (wrong.signum() < 0 || wrong.compareTo(MOST) > 0) {
            throw new InvalidInputException(
                    "marking.wrong",
                    "The marks deducted for a wrong answer (marking.wrong) must be 0 to 100; it was " + wrong);
        }
        return new Marking(CUSTOM, correct, wrong);
    }

    /** The scheme stored with an attempt, read back exactly as it was when the attempt started. */
    public static Marking stored(String slug, String correct, String wrong) {
        return new Marking(slug, Fraction.parse(correct), Fraction.parse(wrong));
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

    public boolean negative() {
        return wrong.signum() > 0;
    }

    /** The share of a question's marks a wrong answer loses: 1/3 for UPSC, 1/4 for a state PSC, 0 for none. */
    public Fraction penaltyShare() {
        return wrong.dividedBy(correct);
    }

    /** The most a paper of {@code questions} questions can score: 100 x 2 = 200. */
    public Fraction maxMarks(int questions) {
        return correct.times(questions);
    }

    /**
     * The marks a wrong option gives as a signed percent of the question's, as Moodle's GIFT and XML
     * write it: "-33.33333" for UPSC, "-25" for a state PSC, "0" for none.
     */
    public String wrongPercent() {
        if (!negative()) {
            return "0";
        }
        return penaltyShare()
                .times(100)
                .negate()
                .rounded(PERCENT_PLACES)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** "+2 / −2/3" */
    public String summary() {
        return "+" + correct.plain() + " / \u2212" + wrong.plain();
    }
}
