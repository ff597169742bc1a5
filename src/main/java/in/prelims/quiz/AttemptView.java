package in.prelims.quiz;

import in.prelims.marking.Marking;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What the attempt page needs that can change: the clock, the submit and each question's answer
 * and review mark. Read with one query; the questions themselves never change and are cached.
 *
 * @param chosen per question the chosen option, or null
 */
public record AttemptView(
        UUID id,
        Long userId,
        String guestKey,
        Instant deadline,
        Instant submittedAt,
        Marking marking,
        List<Integer> chosen,
        List<Boolean> marked) {

    /** The attempt as a page shows it before its script has read the answers and marks: none. */
    static AttemptView blank(QuizAttempt attempt) {
        int n = attempt.questions.size();
        return new AttemptView(
                attempt.id,
                attempt.userId,
                attempt.guestKey,
                attempt.deadline,
                attempt.submittedAt,
                attempt.marking(),
                Collections.nCopies(n, null),
                Collections.nCopies(n, false));
    }

    public int questions() {
        return chosen.size();
    }

    public long answeredCount() {
        return chosen.stream().filter(c -> c != null).count();
    }

    public long markedCount() {
        return marked.stream().filter(m -> m).count();
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
