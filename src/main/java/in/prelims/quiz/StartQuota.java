package in.prelims.quiz;

import in.prelims.account.Owner;
import in.prelims.error.RetryLaterException;
import in.prelims.web.ClientAddress;
import io.quarkus.arc.Arc;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a visitor may start another quiz. Running attempts and questions per owner are counted in
 * the database (exact on every instance); starts per minute and questions per client address are
 * counted in this process's memory. Every refusal is a 429 with Retry-After.
 */
@ApplicationScoped
class StartQuota {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    QuizConfig config;

    @Inject
    QuizClock clock;

    @Inject
    RoutingContext request;

    private RecentStarts ownerStarts;
    private RecentStarts addressStarts;
    private RecentStarts addressQuestions;

    @PostConstruct
    void init() {
        QuizConfig.Limits limits = config.limits();
        ownerStarts = new RecentStarts(limits.startsPerOwnerPerMinute(), MINUTE, limits.tracked());
        addressStarts = new RecentStarts(limits.startsPerAddressPerMinute(), MINUTE, limits.tracked());
        addressQuestions = new RecentStarts(limits.questionsPerAddressPerHour(), HOUR, limits.tracked());
    }

    /** Refuses (429) a start of {@code questions} questions that would go over a limit; else counts it. */
    void admit(Owner owner, int questions) {
        Instant now = clock.now();
        checkRunning(owner, now);
        checkOwnerQuestions(owner, questions, now);
        String ownerKey = owner.isGuest() ? "g:" + owner.guestKey() : "u:" + owner.userId();
        refuseIfWaiting(
                ownerStarts.admit(ownerKey, 1, now),
                "You have started " + ownerStarts.limit() + " quizzes in the last minute, the most we allow.");
        String address = address();
        refuseIfWaiting(
                addressStarts.admit(address, 1, now),
                "Your network has started " + addressStarts.limit()
                        + " quizzes in the last minute, the most we allow.");
        refuseIfWaiting(
                addressQuestions.admit(address, questions, now),
                "Your network has started " + addressQuestions.limit()
                        + " questions in the last hour, the most we allow.");
    }

    private void checkRunning(Owner owner, Instant now) {
        Instant stillOpen = now.minus(config.grace());
        long running = QuizAttempt.count(
                owner(owner) + " and submittedAt is null and deadline > ?2", ownerValue(owner), stillOpen);
        if (running >= config.limits().runningPerOwner()) {
            Instant firstEnd = QuizAttempt.getEntityManager()
                    .createQuery(
                            "select min(deadline) from QuizAttempt where " + owner(owner)
                                    + " and submittedAt is null and deadline > ?2",
                            Instant.class)
                    .setParameter(1, ownerValue(owner))
                    .setParameter(2, stillOpen)
                    .getSingleResult();
            Duration wait = firstEnd == null
                    ? MINUTE
                    : Duration.between(now, firstEnd.plus(config.grace())).plusSeconds(1);
            throw RetryLaterException.tooMany(
                    wait.toSeconds(),
                    "You have " + running + " quizzes running, the most we allow at once. Submit one of them"
                            + " (or let its time run out) and then start this one; the next frees up in "
                            + Times.duration(wait) + ".");
        }
    }

    private void checkOwnerQuestions(Owner owner, int questions, Instant now) {
        Instant since = now.minus(HOUR);
        Object[] used = QuizAttempt.getEntityManager()
                .createQuery(
                        "select count(q), min(a.startedAt) from AttemptQuestion q join q.attempt a where "
                                + (owner.isGuest() ? "a.guestKey = ?1" : "a.userId = ?1")
                                + " and a.startedAt > ?2",
                        Object[].class)
                .setParameter(1, ownerValue(owner))
                .setParameter(2, since)
                .getSingleResult();
        long count = (Long) used[0];
        int limit = config.limits().questionsPerOwnerPerHour();
        if (count + questions > limit) {
            Instant oldest = used[1] == null ? now : (Instant) used[1];
            Duration wait = Duration.between(now, oldest.plus(HOUR)).plusSeconds(1);
            throw RetryLaterException.tooMany(
                    wait.toSeconds(),
                    "You have started " + count + " questions in the last hour; the most we allow is " + limit
                            + ". Ask for fewer questions, or try again in " + Times.duration(wait) + ".");
        }
    }

    private static void refuseIfWaiting(Optional<Duration> wait, String why) {
        wait.ifPresent(w -> {
            throw RetryLaterException.tooMany(
                    w.toSeconds() + 1, why + " Try again in " + Times.duration(w.plusSeconds(1)) + ".");
        });
    }

    /** The client's address; behind a reverse proxy only with proxy-address forwarding configured. */
    private String address() {
        if (!Arc.container().requestContext().isActive()) {
            return "unknown";
        }
        return ClientAddress.of(request);
    }

    private static String owner(Owner owner) {
        return owner.isGuest() ? "guestKey = ?1" : "userId = ?1";
    }

    private static Object ownerValue(Owner owner) {
        return owner.isGuest() ? owner.guestKey() : owner.userId();
    }
}
