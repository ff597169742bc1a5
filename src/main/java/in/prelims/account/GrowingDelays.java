package in.prelims.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed log-ins per key (a username and address pair): the first {@code free} failures cost
 * nothing, then each try waits {@code first}, doubling with each further failure up to
 * {@code longest}. A key without failures for {@code forgetAfter} starts afresh. At most
 * {@code capacity} keys, the least recently used forgotten first. Not thread-safe on its own;
 * {@link LoginThrottle} guards it.
 */
final class GrowingDelays {

    private record Failures(int count, Instant last) {}

    private final int free;
    private final Duration first;
    private final Duration longest;
    private final Duration forgetAfter;
    private final Map<String, Failures> recent;

    GrowingDelays(int free, Duration first, Duration longest, Duration forgetAfter, int capacity) {
        if (free < 1 || capacity < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("growing delays need at least one free failure, a capacity of at "
                    + "least 1 and 0 < first <= longest; got " + free + ", " + capacity + ", " + first + ", "
                    + longest);
        }
        this.free = free;
        this.first = first;
        this.longest = longest;
        this.forgetAfter = forgetAfter.compareTo(longest) > 0 ? forgetAfter : longest;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} must wait before its next try, or empty when it may try now. */
    Optional<Duration> waitFor(String key, Instant now) {
        Failures failures = current(key, now);
        if (failures == null || failures.count() < free) return Optional.empty();
        Instant next = failures.last().plus(delay(failures.count()));
        return now.isBefore(next) ? Optional.of(Duration.between(now, next)) : Optional.empty();
    }

    /** The wait after {@code failures} failures: none while free, then first, 2 first, 4 first, ... up to longest. */
    Duration delay(int failures) {
        if (failures < free) return Duration.ZERO;
        int doublings = Math.min(failures - free, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(longest) > 0 || delay.isNegative() ? longest : delay;
    }

    void add(String key, Instant at) {
        Failures before = current(key, at);
        recent.put(key, new Failures(before == null ? 1 : before.count() + 1, at));
    }

    void clear(String key) {
        recent.remove(key);
    }

    private Failures current(String key, Instant now) {
        Failures failures = recent.get(key);
        if (failures != null && !failures.last().plus(forgetAfter).isAfter(now)) {
            recent.remove(key);
            return null;
        }
        return failures;
    }
}
