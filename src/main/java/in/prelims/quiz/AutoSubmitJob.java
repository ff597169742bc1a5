package in.prelims.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Submits attempts whose deadline passed while nobody was there to press Submit. */
@ApplicationScoped
class AutoSubmitJob {

    private static final Logger LOG = Logger.getLogger(AutoSubmitJob.class);

    @Inject
    QuizClock clock;

    @Inject
    QuizConfig config;

    @Inject
    Event<QuizSubmitted> submissions;

    void checkConfig(@Observes StartupEvent started) {
        if (config.grace().isNegative() || config.grace().compareTo(QuizConfig.MAX_GRACE) > 0) {
            throw new IllegalStateException("quiz.grace must be 0 to 5 seconds; it is " + config.grace());
        }
        if (config.autoSubmitEvery().toSeconds() > 45) {
            throw new IllegalStateException("quiz.auto-submit-every must be at most 45 s so expired attempts are "
                    + "submitted within a minute; it is " + config.autoSubmitEvery());
        }
    }

    @Scheduled(
            every = "${quiz.auto-submit-every:15s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        submitExpired();
    }

    /**
     * Submits every attempt whose deadline and grace have passed, each in its own transaction.
     *
     * @return how many were submitted
     */
    int submitExpired() {
        Instant cutoff = clock.now().minus(config.grace());
        List<UUID> due = QuizAttempt.getEntityManager()
                .createQuery("select id from QuizAttempt where submittedAt is null and deadline < ?1", UUID.class)
                .setParameter(1, cutoff)
                .getResultList();
        int submitted = 0;
        for (UUID id : due) {
            submitted += QuarkusTransaction.requiringNew().call(() -> {
                QuizAttempt attempt = QuizAttempt.findById(id, LockModeType.PESSIMISTIC_WRITE);
                if (attempt == null || attempt.submitted()) {
                    return 0;
                }
                attempt.finish(clock.now(), QuizService.BY_SERVER);
                submissions.fire(QuizSubmitted.of(attempt));
                return 1;
            });
        }
        if (submitted > 0) {
            LOG.infof("Submitted %d quiz attempt(s) whose time ran out", submitted);
        }
        return submitted;
    }
}
