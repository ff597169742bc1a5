package in.prelims.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** How many accounts one client address may create; counted in the database for every instance. */
@ConfigMapping(prefix = "signup")
interface SignUpLimits {

    /** Accounts created from one client address within {@link #window()}; the next sign-up gets 429. */
    @WithDefault("5")
    @Min(1)
    int perAddress();

    @WithDefault("1h")
    @DurationMin(seconds = 1)
    Duration window();
}
