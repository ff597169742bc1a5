package in.prelims.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed log-ins per (username, client address) pair, with growing delays, and per client
 * address, with a limit in a window, in this process's memory (bounded by {@link LoginLimits#tracked()}).
 * Failures from one address never slow the same username at another, so nobody can lock someone
 * else out. An attempt counts as failed from the moment it is admitted until it succeeds, so a burst
 * of parallel guesses cannot slip past the limits while the passwords are being checked.
 */
@ApplicationScoped
class LoginThrottle {

    @Inject
    LoginLimits limits;

    private GrowingDelays byPair;
    private FailureLog byAddress;

    @PostConstruct
    void create() {
        byPair = new GrowingDelays(
                limits.perPair(), limits.firstDelay(), limits.longestDelay(), limits.window(), limits.tracked());
        byAddress = new FailureLog(limits.perAddress(), limits.window(), limits.tracked());
    }

    /** Empty when the attempt may go ahead (it is then counted); otherwise how long to wait. */
    synchronized Optional<Duration> admit(LoginAttempt attempt) {
        Optional<Duration> pair = byPair.waitFor(attempt.pair(), attempt.at());
        Optional<Duration> address = byAddress.waitFor(attempt.address(), attempt.at());
        if (pair.isPresent() || address.isPresent()) {
            return Optional.of(longer(pair.orElse(Duration.ZERO), address.orElse(Duration.ZERO)));
        }
        byPair.add(attempt.pair(), attempt.at());
        byAddress.add(attempt.address(), attempt.at());
        return Optional.empty();
    }

    /**
     * The password was right: the pair starts afresh and this attempt no longer counts against the
     * address. The address keeps its other failures, so one good account cannot launder guesses at others'.
     */
    synchronized void succeeded(LoginAttempt attempt) {
        byPair.clear(attempt.pair());
        byAddress.remove(attempt.address(), attempt.at());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
