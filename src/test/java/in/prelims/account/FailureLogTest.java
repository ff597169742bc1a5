package in.prelims.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureLogTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    @Test
    void aKeyWaitsUntilItsOldestCountedFailureLeavesTheWindow() {
        FailureLog log = new FailureLog(3, WINDOW, 100);
        log.add("asha", T0);
        log.add("asha", T0.plusSeconds(60));
        assertThat(log.waitFor("asha", T0.plusSeconds(61))).isEmpty();
        log.add("asha", T0.plusSeconds(120));
        assertThat(log.waitFor("asha", T0.plusSeconds(121))).contains(WINDOW.minusSeconds(121));
        assertThat(log.waitFor("asha", T0.plus(WINDOW).minusMillis(1))).contains(Duration.ofMillis(1));
        assertThat(log.waitFor("asha", T0.plus(WINDOW))).isEmpty();
        assertThat(log.waitFor("ravi", T0.plusSeconds(121))).isEmpty();
    }

    @Test
    void onlyTheLastFailuresUpToTheLimitAreKept() {
        FailureLog log = new FailureLog(2, WINDOW, 100);
        for (int minute = 0; minute < 10; minute++) {
            log.add("asha", T0.plusSeconds(60L * minute));
        }
        assertThat(log.waitFor("asha", T0.plusSeconds(600))).contains(WINDOW.minusSeconds(600 - 480));
    }

    @Test
    void clearingForgetsTheKeyAndRemovingTakesBackOneFailure() {
        FailureLog log = new FailureLog(2, WINDOW, 100);
        log.add("asha", T0);
        log.add("asha", T0.plusSeconds(1));
        log.clear("asha");
        assertThat(log.waitFor("asha", T0.plusSeconds(2))).isEmpty();

        log.add("lab", T0);
        log.add("lab", T0.plusSeconds(1));
        log.remove("lab", T0.plusSeconds(1));
        assertThat(log.waitFor("lab", T0.plusSeconds(2))).isEmpty();
        log.remove("lab", T0);
        assertThat(log.keys()).isZero();
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenBeyondTheCapacity() {
        FailureLog log = new FailureLog(1, WINDOW, 3);
        log.add("a", T0);
        log.add("b", T0);
        log.add("c", T0);
        assertThat(log.waitFor("a", T0)).isPresent();
        log.add("d", T0);
        assertThat(log.keys()).isEqualTo(3);
        assertThat(log.waitFor("b", T0)).isEmpty();
        assertThat(log.waitFor("a", T0)).isPresent();
    }

    @Test
    void expiredKeysAreDroppedWhenLookedAt() {
        FailureLog log = new FailureLog(5, WINDOW, 100);
        log.add("asha", T0);
        assertThat(log.waitFor("asha", T0.plus(WINDOW).plusSeconds(1))).isEmpty();
        assertThat(log.keys()).isZero();
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertThatThrownBy(() -> new FailureLog(0, WINDOW, 10)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new FailureLog(5, Duration.ZERO, 10)).hasMessageContaining("positive window");
    }
}
