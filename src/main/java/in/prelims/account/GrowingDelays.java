package in.prelims.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The wait after failed log-ins of one key (a username and address pair): the first {@code free}
 * failures cost nothing, then each try waits {@code first}, doubling with each further failure up to
 * {@code longest}.
 */
record GrowingDelays(int free, Duration first, Duration longest) {

    GrowingDelays {
        if (free < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("growing delays need at least one free failure and 0 < first <= "
                    + "longest; got " + free + ", " + first + ", " + longest);
        }
    }

    /** How long to wait after {@code failures} failures, the last at {@code last}; empty when a try may go now. */
    Optional<Duration> waitFor(int failures, Instant last, Instant now) {
        if (failures < free) return Optional.empty();
        Instant next = last.plus(delay(failures));
        return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    /** The wait after {@code failures} failures: none while free, then first, 2 first, 4 first, ... up to longest. */
    Duration delay(int failures) {
        if (failures < free) return Duration.ZERO;
        int doublings = Math.min(failures - free, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 || delay.isNegative() ? longest : delay;
    }
}
