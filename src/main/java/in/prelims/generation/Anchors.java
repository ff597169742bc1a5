package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Walks a list of facts in a seeded order without shuffling it: index {@code (start + i * step) mod n}
 * with {@code step} coprime to {@code n} visits every fact once before repeating.
 */
final class Anchors {

    private final List<Fact> facts;
    private final long start;
    private final long step;
    private long next;

    Anchors(List<Fact> facts, long seed) {
        this.facts = facts;
        SplittableRandom random = new SplittableRandom(seed);
        int n = Math.max(facts.size(), 1);
        this.start = random.nextInt(n);
        long s = 1 + random.nextInt(n);
        while (gcd(s, n) != 1) s++;
        this.step = s;
    }

    int size() {
        return facts.size();
    }

    boolean hasNext() {
        return !facts.isEmpty();
    }

    Fact next() {
        Fact f = facts.get((int) ((start + next * step) % facts.size()));
        next++;
        return f;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
