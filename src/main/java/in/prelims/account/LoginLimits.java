package in.prelims.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How failed log-ins slow further attempts. Failures count per (username, client address) pair, so
 * nobody can lock someone else out from another address, and per address, so one address cannot
 * guess at many accounts. The counts live in the database, so every instance sees the same counts
 * and a restart keeps them. Values out of range stop start-up with the property named.
 */
@ConfigMapping(prefix = "login")
interface LoginLimits {

    /** Failed log-ins for one username from one address before that pair has to wait. */
    @WithDefault("5")
    @Min(1)
    int perPair();

    /** The pair's wait after {@link #perPair()} failures; it doubles with each further failure. */
    @WithDefault("30s")
    @DurationMin(seconds = 1)
    Duration firstDelay();

    /** The longest a pair ever waits, however many failures. */
    @WithDefault("15m")
    @DurationMin(seconds = 1)
    Duration longestDelay();

    /** Failed log-ins from one client address within {@link #window()}, whatever the usernames. */
    @WithDefault("20")
    @Min(1)
    int perAddress();

    /**
     * How far back an address's failures count; a pair with no failure for this long starts afresh.
     */
    @WithDefault("15m")
    @DurationMin(seconds = 1)
    Duration window();
}
