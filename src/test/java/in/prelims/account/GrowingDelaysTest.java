package in.prelims.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five free failures, then 30 s, 60 s, 2 min, ... up to 15 min, timed from the last failure. */
class GrowingDelaysTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final GrowingDelays delays = new GrowingDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheLongest() {
        assertThat(delays.delay(4)).isZero();
        assertThat(delays.delay(5)).hasSeconds(30);
        assertThat(delays.delay(6)).hasSeconds(60);
        assertThat(delays.delay(7)).hasSeconds(120);
        assertThat(delays.delay(10)).hasMinutes(15);
        assertThat(delays.delay(1000)).hasMinutes(15);
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertThat(delays.waitFor(4, T0, T0)).isEmpty();
        assertThat(delays.waitFor(5, T0, T0.plusSeconds(10))).contains(Duration.ofSeconds(20));
        assertThat(delays.waitFor(5, T0, T0.plusSeconds(30))).isEmpty();
        assertThat(delays.waitFor(6, T0, T0.plusSeconds(1))).contains(Duration.ofSeconds(59));
    }
}
