package in.prelims.quiz;

import in.prelims.error.InvalidInputException;
import in.prelims.marking.Fraction;
import in.prelims.web.FieldProblem;
import io.quarkus.qute.i18n.MessageBundles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every mistake on the start form at once, each tied to its field and said in the form's words
 * (not the API's names such as "marking.wrong"), so the page can list them together and beside
 * each field.
 */
final class StartProblems {

    private static final BigDecimal MOST_MARKS = BigDecimal.valueOf(100);

    private StartProblems() {}

    static List<FieldProblem> of(StartForm form) {
        QuizMessages words = MessageBundles.get(QuizMessages.class);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal count = number(form.count());
        if (count == null
                || count.scale() > 0 && count.stripTrailingZeros().scale() > 0
                || count.compareTo(BigDecimal.ONE) < 0
                || count.compareTo(BigDecimal.valueOf(200)) > 0) {
            problems.add(new FieldProblem("count", words.countProblem()));
        }
        BigDecimal minutes = number(form.minutes());
        if (minutes == null || minutes.signum() <= 0 || minutes.compareTo(BigDecimal.valueOf(360)) > 0) {
            problems.add(new FieldProblem("minutes", words.minutesProblem()));
        }
        if (form.customMarking()) {
            Fraction correct = fraction(form.correct());
            if (correct == null || correct.signum() <= 0 || correct.compareTo(Fraction.of(100)) > 0) {
                problems.add(new FieldProblem("correct", words.correctProblem()));
            }
            Fraction wrong = fraction(form.wrong());
            if (wrong == null || wrong.signum() < 0 || wrong.compareTo(Fraction.of(100)) > 0) {
                problems.add(new FieldProblem("wrong", words.wrongProblem()));
            }
        }
        return problems;
    }

    /** The problems to show when starting failed with {@code refused}: the form's own, else the refusal's words. */
    static List<FieldProblem> after(StartForm form, InvalidInputException refused) {
        List<FieldProblem> problems = of(form);
        String field = refused.field().filter("period"::equals).orElse(null);
        return problems.isEmpty() ? List.of(new FieldProblem(field, refused.getMessage())) : problems;
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Fraction fraction(String text) {
        try {
            return text == null ? null : Fraction.parse(text.trim());
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
