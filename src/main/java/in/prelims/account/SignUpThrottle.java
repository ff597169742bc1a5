package in.prelims.account;

import in.prelims.error.RetryLaterException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses sign-ups from a client address that has made {@link SignUpLimits#perAddress()} in the
 * window; counted in the database, so every instance sees the same counts.
 */
@ApplicationScoped
class SignUpThrottle {

    @Inject
    SignUpLimits limits;

    @Inject
    FailureTable counts;

    /** Throws when the address must wait before another sign-up. */
    void check(String address) {
        Optional<Duration> wait = QuarkusTransaction.requiringNew()
                .call(() -> counts.waitFor(
                        LoginFailure.SIGN_UP, address, limits.perAddress(), limits.window(), Instant.now()));
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
    void count(String address) {
        QuarkusTransaction.requiringNew().run(() -> {
            counts.lock(address);
            counts.add(LoginFailure.SIGN_UP, address, Instant.now());
        });
    }
}
