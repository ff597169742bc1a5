package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;

/**
 * A statement made from a fact, either as written or with one slot swapped for another value.
 * Whether it is true is decided by the fact base ({@link FactIndex#holds}), never by the generator.
 */
record Claim(Fact fact, Slot swapped) {

    static Claim of(Fact fact) {
        return new Claim(fact, null);
    }

    static Claim swapped(Fact fact, Slot replacement) {
        return new Claim(fact, replacement);
    }

    /** The statement as shown. */
    String render() {
        return fact.render(swapped);
    }

    /** The value this claim puts in the swapped slot, or the fact's own value when nothing is swapped. */
    Slot slot(String name) {
        return swapped != null && swapped.name().equals(name)
                ? swapped
                : fact.slots().get(name);
    }
}
