package in.prelims.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed log-ins per username and per client address, in this process's memory (bounded by
 * {@link LoginLimits#tracked()}), and refuses attempts once either count reaches its limit within
 * the window. An attempt counts as failed from the moment it is admitted until it succeeds, so a
 * burst of parallel guesses cannot slip past the limit while the passwords are being checked.
 */
@ApplicationScoped
class LoginThrottle {

    @Inject
    LoginLimits limits;

    private FailureLog byAccount;
    private FailureLog byAddress;

    @PostConstruct
    void create() {
        byAccount = new FailureLog(limits.perAccount(), limits.window(), limits.tracked());
        byAddress = new FailureLog(limits.perAddress(), limits.window(), limits.tracked());
    }

    /** Empty when the attempt may go ahead (it is then counted); otherwise how long to wait. */
    synchronized Optional<Duration> admit(LoginAttempt attempt) {
        Optional<Duration> account = byAccount.waitFor(attempt.account(), attempt.at());
        Optional<Duration> address = byAddress.waitFor(attempt.address(), attempt.at());
        if (account.isPresent() || address.isPresent()) {
            return Optional.of(longer(account.orElse(Duration.ZERO), address.orElse(Duration.ZERO)));
        }
        byAccount.add(attempt.account(), attempt.at());
        byAddress.add(attempt.address(), attempt.at());
        return Optional.empty();
    }

    /**
     * The password was right: the account starts afresh and this attempt no longer counts against
     * the address. The address keeps its other failures, so one good account cannot launder guesses
     * at others.
     */
    synchronized void succeeded(LoginAttempt attempt) {
        byAccount.clear(attempt.account());
        byAddress.remove(attempt.address(), attempt.at());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
