package in.prelims.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed log-ins per username and per client address in the database, shared by every
 * instance, and refuses attempts once either count reaches its limit within the window. An attempt
 * counts as failed from the moment it is admitted until it succeeds, so a burst of parallel guesses
 * cannot slip past the limit while the passwords are being checked. Blocking: call it off the event loop.
 */
@ApplicationScoped
class LoginThrottle {

    @Inject
    LoginLimits limits;

    @Inject
    FailureTable failures;

    /** Empty when the attempt may go ahead (it is then counted); otherwise how long to wait. */
    Optional<Duration> admit(LoginAttempt attempt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            failures.lock(attempt.account(), attempt.address());
            Optional<Duration> account = failures.waitFor(
                    LoginFailure.ACCOUNT, attempt.account(), limits.perAccount(), limits.window(), attempt.at());
            Optional<Duration> address = failures.waitFor(
                    LoginFailure.ADDRESS, attempt.address(), limits.perAddress(), limits.window(), attempt.at());
            if (account.isPresent() || address.isPresent()) {
                return Optional.of(longer(account.orElse(Duration.ZERO), address.orElse(Duration.ZERO)));
            }
            failures.add(LoginFailure.ACCOUNT, attempt.account(), attempt.at());
            failures.add(LoginFailure.ADDRESS, attempt.address(), attempt.at());
            return Optional.<Duration>empty();
        });
    }

    /**
     * The password was right: the account starts afresh and this attempt no longer counts against
     * the address. The address keeps its other failures, so one good account cannot launder guesses
     * at others.
     */
    void succeeded(LoginAttempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> {
            failures.lock(attempt.account(), attempt.address());
            failures.clear(LoginFailure.ACCOUNT, attempt.account());
            failures.remove(LoginFailure.ADDRESS, attempt.address(), attempt.at());
        });
    }

    /** Failures that no longer count are deleted by whichever instance gets here first. */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        QuarkusTransaction.requiringNew()
                .run(() -> failures.forgetBefore(Instant.now().minus(limits.window())));
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
