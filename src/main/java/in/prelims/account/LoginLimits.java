package in.prelims.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many failed log-ins are allowed before further attempts are refused for a while. The counts
 * live in memory, per process: each instance of the app counts on its own, and a restart forgets them.
 */
@ConfigMapping(prefix = "login")
public interface LoginLimits {

    /** Failed log-ins for one username within {@link #window()}; the next attempt is refused. */
    @WithDefault("5")
    int perAccount();

    /** Failed log-ins from one client address within {@link #window()}, whatever the usernames. */
    @WithDefault("20")
    int perAddress();

    /** How far back failures count; a refused client may try again once its oldest counted failure is this old. */
    @WithDefault("15m")
    Duration window();

    /** Usernames (and, separately, addresses) remembered at most; the least recently seen are forgotten first. */
    @WithDefault("10000")
    int tracked();
}
