package in.prelims.history;

import in.prelims.quiz.QuizAttempt;
import in.prelims.quiz.QuizConfig;
import io.quarkus.arc.Arc;
import java.time.format.DateTimeFormatter;

/** Dates as the history page shows them, in the configured zone. */
final class Labels {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm");

    private Labels() {}

    /** "23 Nov, 10:35" */
    static String shortDate(QuizAttempt attempt) {
        return SHORT.format(attempt.startedAt.atZone(
                Arc.container().instance(QuizConfig.class).get().zone()));
    }
}
