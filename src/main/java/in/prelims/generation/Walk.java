package in.prelims.generation;

import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * A seeded order over {@code 0..n-1} without shuffling a copy: index {@code (start + i * step) mod n}
 * with {@code step} coprime to {@code n} visits every index once before repeating.
 */
record Walk(int n, long start, long step) {

    static Walk of(int n, RandomGenerator random) {
        int size = Math.max(n, 1);
        long start = random.nextInt(size);
        long step = 1 + random.nextInt(size);
        while (gcd(step, size) != 1) step++;
        return new Walk(n, start, step);
    }

    /** The {@code i}-th index of the walk; after {@code n} indices it starts over. */
    int at(long i) {
        return (int) ((start + i * step) % n);
    }

    /** Each index once, in the walk's order. */
    IntStream indices() {
        return IntStream.range(0, n).map(this::at);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
