package in.prelims.account;

import in.prelims.error.RetryLaterException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Refuses sign-ups from a client address that has made {@link SignUpLimits#perAddress()} in the window. */
@ApplicationScoped
class SignUpThrottle {

    @Inject
    SignUpLimits limits;

    private FailureLog created;

    @PostConstruct
    void create() {
        created = new FailureLog(limits.perAddress(), limits.window(), limits.tracked());
    }

    /** Throws when the address must wait before another sign-up. */
    synchronized void check(String address) {
        Optional<Duration> wait = created.waitFor(address, Instant.now());
        if (wait.isPresent()) {
            long seconds = LoginGuard.wholeSeconds(wait.get());
            throw RetryLaterException.tooMany(
                    seconds,
                    "Too many sign-ups from this network; try again in " + (seconds + 59) / 60
                            + " minutes, or log in to an account you already have.");
        }
    }

    /**
     * Counts a sign-up that created an account or found the name taken (which tells whether an
     * account exists, so it costs the same); a form with a typing mistake does not count.
     */
    synchronized void count(String address) {
        created.add(address, Instant.now());
    }
}
