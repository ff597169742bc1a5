package in.prelims.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent failed log-ins per key (a username or a client address): at most {@code limit} times per
 * key and at most {@code capacity} keys, the least recently used key forgotten first. Not
 * thread-safe on its own; {@link LoginThrottle} guards it.
 */
final class FailureLog {

    private final int limit;
    private final Duration window;
    private final Map<String, ArrayDeque<Instant>> recent;

    FailureLog(int limit, Duration window, int capacity) {
        if (limit < 1 || capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a failure log needs a limit and a capacity of at least 1 and a "
                    + "positive window; got " + limit + ", " + capacity + " and " + window);
        }
        this.limit = limit;
        this.window = window;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long {@code key} must wait before its next try, or empty when it may try now. */
    Optional<Duration> waitFor(String key, Instant now) {
        ArrayDeque<Instant> times = current(key, now);
        if (times == null || times.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }

    void add(String key, Instant at) {
        ArrayDeque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>(limit));
        times.addLast(at);
        if (times.size() > limit) {
            times.removeFirst();
        }
    }

    /** Takes back one failure recorded at {@code at}, if it is still counted. */
    void remove(String key, Instant at) {
        ArrayDeque<Instant> times = recent.get(key);
        if (times != null && times.removeLastOccurrence(at) && times.isEmpty()) {
            recent.remove(key);
        }
    }

    void clear(String key) {
        recent.remove(key);
    }

    int keys() {
        return recent.size();
    }

    /** The key's failures still inside the window; older ones are dropped on the way. */
    private ArrayDeque<Instant> current(String key, Instant now) {
        ArrayDeque<Instant> times = recent.get(key);
        if (times == null) {
            return null;
        }
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            recent.remove(key);
            return null;
        }
        return times;
    }
}
