package in.prelims.quiz;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Submits attempts whose deadline passed while nobody was there to press Submit. */
@ApplicationScoped
class AutoSubmitJob {

    private static final Logger LOG = Logger.getLogger(AutoSubmitJob.class);

    @Inject
    QuizService quizzes;

    @Inject
    QuizConfig config;

    void checkConfig(@Observes StartupEvent started) {
        if (config.grace().isNegative() || config.grace().compareTo(QuizConfig.MAX_GRACE) > 0) {
            throw new IllegalStateException("quiz.grace must be 0 to 5 seconds; it is " + config.grace());
        }
        if (config.autoSubmitEvery().toSeconds() > 45) {
            throw new IllegalStateException("quiz.auto-submit-every must be at most 45 s so expired attempts are "
                    + "submitted within a minute; it is " + config.autoSubmitEvery());
        }
    }

    @Scheduled(every = "${quiz.auto-submit-every:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void submitExpired() {
        int submitted = quizzes.submitExpired();
        if (submitted > 0) {
            LOG.infof("Submitted %d quiz attempt(s) whose time ran out", submitted);
        }
    }
}
