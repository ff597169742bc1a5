package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.List;
import java.util.SplittableRandom;

/** Walks a list of facts in a seeded order ({@link Walk}), every fact once before repeating. */
final class Anchors {

    private final List<Fact> facts;
    private final Walk walk;
    private long next;

    Anchors(List<Fact> facts, long seed) {
        this.facts = facts;
        this.walk = Walk.of(facts.size(), new SplittableRandom(seed));
    }

    int size() {
        return facts.size();
    }

    boolean hasNext() {
        return !facts.isEmpty();
    }

    Fact next() {
        return facts.get(walk.at(next++));
    }
}
