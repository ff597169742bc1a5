package in.prelims.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed log-ins per (username, client address) pair, with growing delays, and per client
 * address, with a limit in a window. The counts live in the database, so every instance sees the
 * same ones and a restart keeps them. Failures from one address never slow the same username at
 * another, so nobody can lock someone else out. An attempt counts as failed from the moment it is
 * admitted until it succeeds, so a burst of parallel guesses cannot slip past the limits while the
 * passwords are being checked. Blocking: call it off the event loop.
 */
@ApplicationScoped
class LoginThrottle {

    @Inject
    LoginLimits limits;

    @Inject
    SignUpLimits signUps;

    @Inject
    FailureTable failures;

    private GrowingDelays delays() {
        return new GrowingDelays(limits.perPair(), limits.firstDelay(), limits.longestDelay());
    }

    /** How long a pair's failures are remembered: a pair with no failure for this long starts afresh. */
    private Duration pairMemory() {
        return limits.window().compareTo(limits.longestDelay()) > 0 ? limits.window() : limits.longestDelay();
    }

    /** Empty when the attempt may go ahead (it is then counted); otherwise how long to wait. */
    Optional<Duration> admit(LoginAttempt attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            failures.lock(attempt.pair(), attempt.address());
            List<Instant> pairFailures = failures.since(
                    LoginFailure.PAIR, attempt.pair(), attempt.at().minus(pairMemory()));
            Optional<Duration> pair = pairFailures.isEmpty()
                    ? Optional.empty()
                    : delays().waitFor(pairFailures.size(), pairFailures.get(pairFailures.size() - 1), attempt.at());
            Optional<Duration> address = failures.waitFor(
                    LoginFailure.ADDRESS, attempt.address(), limits.perAddress(), limits.window(), attempt.at());
            if (pair.isPresent() || address.isPresent()) {
                return Optional.of(longer(pair.orElse(Duration.ZERO), address.orElse(Duration.ZERO)));
            }
            failures.add(LoginFailure.PAIR, attempt.pair(), attempt.at());
            failures.add(LoginFailure.ADDRESS, attempt.address(), attempt.at());
            return Optional.<Duration>empty();
        });
    }

    /**
     * The password was right: the pair starts afresh and this attempt no longer counts against the
     * address. The address keeps its other failures, so one good account cannot launder guesses at others'.
     */
    void succeeded(LoginAttempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            failures.lock(attempt.pair(), attempt.address());
            failures.clear(LoginFailure.PAIR, attempt.pair());
            failures.remove(LoginFailure.ADDRESS, attempt.address(), attempt.at());
        });
    }

    /** Failures (and sign-ups) that no longer count are deleted by whichever instance gets here first. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        Duration longest = longer(pairMemory(), signUps.window());
        QuarkusTransaction.requiringNew()
                .run(() -> failures.forgetBefore(Instant.now().minus(longest)));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
