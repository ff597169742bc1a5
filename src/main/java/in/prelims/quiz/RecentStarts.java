package in.prelims.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Weighted starts per key (an owner or a client address) inside a sliding window, in this process's
 * memory: at most {@code capacity} keys, the least recently used forgotten first. Thread-safe.
 */
final class RecentStarts {

    private record Start(Instant at, int weight) {}

    private final long limit;
    private final Duration window;
    private final Map<String, ArrayDeque<Start>> recent;

    RecentStarts(long limit, Duration window, int capacity) {
        if (limit < 1 || capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a start log needs a limit and a capacity of at least 1 and a "
                    + "positive window; got " + limit + ", " + capacity + " and " + window);
        }
        this.limit = limit;
        this.window = window;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Start>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Records a start of {@code weight} for {@code key} if it stays within the limit, else how long
     * until enough of the window's starts have left it.
     */
    synchronized Optional<Duration> admit(String key, int weight, Instant now) {
        ArrayDeque<Start> starts = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant oldestCounted = now.minus(window);
        while (!starts.isEmpty() && !starts.peekFirst().at().isAfter(oldestCounted)) {
            starts.removeFirst();
        }
        long used = starts.stream().mapToLong(Start::weight).sum();
        if (used + weight <= limit) {
            starts.addLast(new Start(now, weight));
            return Optional.empty();
        }
        long freed = 0;
        for (Start s : starts) {
            freed += s.weight();
            if (used - freed + weight <= limit) {
                return Optional.of(Duration.between(now, s.at().plus(window)));
            }
        }
        return Optional.of(window);
    }

    long limit() {
        return limit;
    }
}
