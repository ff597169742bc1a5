package in.prelims.quiz;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import in.prelims.marking.Fraction;
import in.prelims.marking.Marking;
import in.prelims.web.QueryParams;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The start form as typed, kept as text so a form with a mistake comes back as it was.
 *
 * @param minutes the time limit in minutes; decimals allowed (0.5 is 30 seconds)
 * @param marking a preset name or "custom", with {@code correct} and {@code wrong} for custom
 */
public record StartForm(
        String count,
        String minutes,
        String marking,
        String correct,
        String wrong,
        Set<String> kinds,
        Set<String> topics,
        Set<String> sources,
        String period) {

    public StartForm {
        kinds = new TreeSet<>(kinds == null ? List.of() : kinds);
        topics = new TreeSet<>(topics == null ? List.of() : topics);
        sources = new TreeSet<>(sources == null ? List.of() : sources);
    }

    /** One click starts this: the default count, 1.2 minutes a question, UPSC GS marking, every kind. */
    static StartForm defaults(QuizConfig config) {
        int count = config.defaultCount();
        return new StartForm(
                String.valueOf(count),
                minutesFor(count, config),
                Marking.UPSC_GS.slug(),
                "1",
                "1/4",
                Set.of(),
                Set.of(),
                Set.of(),
                "");
    }

    /** A quiz on the given topics with the default settings ("practise my weak topics"). */
    public static StartForm forTopics(Set<String> topics, int count, int secondsPerQuestion) {
        return new StartForm(
                String.valueOf(count),
                minutes(count * secondsPerQuestion),
                Marking.UPSC_GS.slug(),
                "1",
                "1/4",
                Set.of(),
                topics,
                Set.of(),
                "");
    }

    static String minutesFor(int count, QuizConfig config) {
        return minutes(count * config.secondsPerQuestion());
    }

    private static String minutes(int seconds) {
        return BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    public boolean customMarking() {
        return Marking.CUSTOM.equals(marking);
    }

    QuizSettings settings() {
        int questions = QuizSettings.count(QueryParams.whole("count", "The number of questions", count));
        int seconds = QuizSettings.timeLimit(seconds(minutes));
        Set<Kind> chosenKinds = QuizSettings.kinds(kinds);
        if (chosenKinds.equals(Set.copyOf(Kind.exam()))) {
            chosenKinds = Set.of();
        }
        return new QuizSettings(questions, chosenKinds, topics, sources, seconds, chosenMarking())
                .withPeriod(Period.parse("period", period, Period.today()));
    }

    private Marking chosenMarking() {
        if (customMarking()) {
            return Marking.custom(
                    fraction(correct, "correct", "Marks for a right answer"),
                    fraction(wrong, "wrong", "Marks deducted for a wrong answer"));
        }
        return Marking.preset(marking)
                .orElseThrow(() -> new InvalidInputException("marking", "Choose a marking scheme"));
    }

    private static long seconds(String minutes) {
        try {
            return new BigDecimal(minutes == null ? "" : minutes.trim())
                    .multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(
                    "minutes",
                    "The time limit must be a number of minutes, such as 12 or 1.5 (it was \"" + minutes + "\")");
        }
    }

    private static Fraction fraction(String text, String field, String what) {
        try {
            return Fraction.parse(text == null ? "" : text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(
                    field, what + " must be a number such as 0.25 or a fraction such as 1/3 (it was \"" + text + "\")");
        }
    }
}
