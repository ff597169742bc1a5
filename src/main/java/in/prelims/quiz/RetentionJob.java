package in.prelims.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes the quizzes of guests who never signed up, once the guest has been away for
 * {@code quiz.retention.guests}, and then the papers no attempt sits any more. Signed-up users'
 * attempts are never touched. Safe to run on several instances at once: a second run finds nothing.
 */
@ApplicationScoped
class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** A paper is stored just before its first attempt; younger papers may still be about to get one. */
    private static final Duration NEW_PAPER = Duration.ofHours(1);

    @Inject
    QuizConfig config;

    @Inject
    QuizClock clock;

    @Scheduled(
            every = "${quiz.retention.every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        removeOldGuestData();
    }

    /** @return how many attempts were removed */
    int removeOldGuestData() {
        Instant now = clock.now();
        Instant away = now.minus(config.retention().guests());
        int attempts = QuarkusTransaction.requiringNew()
                .call(() -> QuizAttempt.getEntityManager()
                        .createNativeQuery("DELETE FROM quiz_attempt WHERE user_id IS NULL AND guest_key IN ("
                                + "SELECT guest_key FROM quiz_attempt WHERE user_id IS NULL GROUP BY guest_key "
                                + "HAVING MAX(COALESCE(submitted_at, deadline)) < ?1)")
                        .setParameter(1, away)
                        .executeUpdate());
        int papers = QuarkusTransaction.requiringNew()
                .call(() -> Paper.getEntityManager()
                        .createNativeQuery("DELETE FROM paper p WHERE p.created_at < ?1 "
                                + "AND NOT EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.paper_id = p.id)")
                        .setParameter(1, now.minus(NEW_PAPER))
                        .executeUpdate());
        if (attempts > 0 || papers > 0) {
            LOG.infof(
                    "Removed %d quiz attempt(s) of guests away since %s and %d unused paper(s)",
                    attempts, away, papers);
        }
        return attempts;
    }
}
