package in.prelims.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Five free failures, then 30 s, 60 s, 2 min, ... up to 15 min; forgotten after quiet; keys apart. */
class GrowingDelaysTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final GrowingDelays delays =
            new GrowingDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15), 100);

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
    void eachFailureAfterTheWaitMakesTheNextWaitLonger() {
        Instant t = T0;
        for (int i = 0; i < 5; i++) {
            assertThat(delays.waitFor("asha\n10.0.0.1", t)).isEmpty();
            delays.add("asha\n10.0.0.1", t);
        }
        assertThat(delays.waitFor("asha\n10.0.0.1", t.plusSeconds(10))).contains(Duration.ofSeconds(20));
        assertThat(delays.waitFor("asha\n10.0.0.2", t.plusSeconds(10)))
                .as("another address")
                .isEmpty();
        t = t.plusSeconds(30);
        assertThat(delays.waitFor("asha\n10.0.0.1", t)).isEmpty();
        delays.add("asha\n10.0.0.1", t);
        assertThat(delays.waitFor("asha\n10.0.0.1", t.plusSeconds(1))).contains(Duration.ofSeconds(59));
    }

    @Test
    void aQuietPairStartsAfreshAndASuccessClearsIt() {
        for (int i = 0; i < 8; i++) delays.add("ravi\n10.0.0.1", T0);
        assertThat(delays.waitFor("ravi\n10.0.0.1", T0.plusSeconds(60))).isPresent();
        assertThat(delays.waitFor("ravi\n10.0.0.1", T0.plus(Duration.ofMinutes(15))))
                .isEmpty();
        for (int i = 0; i < 8; i++) delays.add("ravi\n10.0.0.1", T0);
        delays.clear("ravi\n10.0.0.1");
        assertThat(delays.waitFor("ravi\n10.0.0.1", T0)).isEmpty();
    }
}
