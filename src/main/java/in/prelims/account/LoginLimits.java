package in.prelims.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How many failed log-ins are allowed before further attempts are refused for a while. The counts
 * live in the database, so every instance of the app sees the same counts and a restart keeps them.
 * Values out of range stop start-up with the property named.
 */
@ConfigMapping(prefix = "login")
interface LoginLimits {

    /** Failed log-ins for one username within {@link #window()}; the next attempt is refused. */
    @WithDefault("5")
    @Min(1)
    int perAccount();

    /** Failed log-ins from one client address within {@link #window()}, whatever the usernames. */
    @WithDefault("20")
    @Min(1)
    int perAddress();

    /** How far back failures count; a refused client may try again once its oldest counted failure is this old. */
    @WithDefault("15m")
    @DurationMin(seconds = 1)
    Duration window();
}
