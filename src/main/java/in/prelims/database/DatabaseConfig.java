package in.prelims.database;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/** Database behaviour that must not depend on which database the app runs on. */
@ConfigMapping(prefix = "database")
interface DatabaseConfig {

    /**
     * How long a statement waits for a row another request holds (a save while the same attempt is
     * being saved or submitted) before it gives up; the request then gets 503 with Retry-After and
     * changed nothing. PostgreSQL would otherwise wait for ever.
     */
    @WithDefault("2s")
    @DurationMin(millis = 100)
    @DurationMax(seconds = 30)
    Duration lockWait();

    /** Free space on the disk holding the H2 file below which readiness reports DOWN. */
    @WithDefault("64M")
    MemorySize minFreeSpace();
}
