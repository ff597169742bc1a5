package in.prelims.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How long a log-in lasts. Values out of range stop start-up with the property named. */
@ConfigMapping(prefix = "session")
interface SessionLimits {

    /** A session without "remember me" ends after this long without a request (longer than the longest quiz). */
    @WithDefault("12h")
    @DurationMin(minutes = 1)
    Duration idleTimeout();

    /** A "remember me" session lasts this long from the log-in, across browser restarts, unless revoked. */
    @WithDefault("30d")
    @DurationMin(minutes = 1)
    Duration rememberFor();

    /** A session's last-seen time (and idle expiry) is written at most this often, not on every request. */
    @WithDefault("1m")
    @DurationMin(seconds = 1)
    Duration touchEvery();
}
