package in.prelims.quiz;

import in.prelims.account.Owner;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Fired once when an attempt is submitted (by the aspirant, the page's timer or the server).
 *
 * @param attempt the attempt's id
 * @param missedFacts the facts of questions answered wrongly or left blank
 */
public record QuizSubmitted(UUID attempt, Owner owner, Set<String> missedFacts) {

    static QuizSubmitted of(QuizAttempt attempt) {
        Owner owner = attempt.userId != null ? Owner.account(attempt.userId) : Owner.guest(attempt.guestKey);
        Set<String> missed = new LinkedHashSet<>();
        for (AttemptQuestion q : attempt.questions) {
            if (q.chosen == null || q.chosen != q.answer()) {
                missed.addAll(q.factIds());
            }
        }
        return new QuizSubmitted(attempt.id, owner, Set.copyOf(missed));
    }
}
