package in.prelims.quiz;

import in.prelims.marking.Fraction;
import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Values the quiz pages compute for display. */
@TemplateExtension
class QuizExtensions {

    private static final String LETTERS = "ABCDEFGHIJ";

    /** 0 is "A". */
    static String letter(Integer index) {
        return index >= 0 && index < LETTERS.length()
                ? String.valueOf(LETTERS.charAt(index))
                : String.valueOf(index + 1);
    }

    /** "6.67", "-6.67" */
    static String twoDecimals(Fraction f) {
        return f.rounded(2).toPlainString();
    }

    /** "+2.00", "−0.67", "0.00": the marks of one question. */
    static String signedTwoDecimals(Fraction f) {
        String text = f.rounded(2).abs().toPlainString();
        return f.signum() > 0 ? "+" + text : f.signum() < 0 ? "\u2212" + text : text;
    }

    /** Whether two decimals hide part of the exact value (-20/3 shows as -6.67). */
    static boolean isRounded(Fraction f) {
        return f.rounded(2).compareTo(f.rounded(12)) != 0;
    }

    static String cssClass(Scorecard.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    static String publishedLong(Citation citation) {
        try {
            return Times.longDate(LocalDate.parse(citation.published()));
        } catch (RuntimeException notADate) {
            return citation.published();
        }
    }

    static long deadlineMillis(AttemptView attempt) {
        return attempt.deadline().toEpochMilli();
    }

    static String timeLeftText(QuizAttempt attempt) {
        return Times.duration(Duration.between(Instant.now(), attempt.deadline));
    }

    static String timeUsedText(QuizAttempt attempt) {
        return Times.duration(attempt.timeUsed());
    }

    static String timeAllowedText(QuizAttempt attempt) {
        return Times.duration(attempt.timeAllowed());
    }

    static String startedAtText(QuizAttempt attempt) {
        return Times.dayAndTime(attempt.startedAt, Times.zone());
    }

    static String submittedAtText(QuizAttempt attempt) {
        return attempt.submittedAt == null ? "" : Times.dayAndTime(attempt.submittedAt, Times.zone());
    }
}
