package in.prelims.account;

import java.time.Duration;

/**
 * A log-in refused before its password is checked; {@link LoginRefusals} turns it into the response.
 *
 * @param retryAfter how long until the next try is allowed, or null when waiting does not help
 */
final class LoginRefused extends RuntimeException {

    final int status;
    final Duration retryAfter;

    private LoginRefused(int status, Duration retryAfter, String why) {
        super(why, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    static LoginRefused tooManyFailures(Duration retryAfter) {
        return new LoginRefused(429, retryAfter, "too many failed log-ins");
    }

    static LoginRefused formNotFromOurPage() {
        return new LoginRefused(400, null, "log-in form without a valid form token");
    }

    /** Whole seconds to wait, rounded up, at least one. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
