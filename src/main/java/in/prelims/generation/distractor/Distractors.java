package in.prelims.generation.distractor;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Typed, plausible wrong values for a slot. A candidate is never the key in another form, never an
 * {@code also-true} value, never a country the fact's own wording names (see {@link NamedCountries}),
 * and never a value the caller's {@code stillFalse} test finds true.
 */
public final class Distractors {

    private final Canonical canonical;
    private final SiblingValues siblings;
    private final NamedCountries namedCountries;

    public Distractors(Canonical canonical, SiblingValues siblings) {
        this.canonical = canonical;
        this.siblings = siblings;
        this.namedCountries = new NamedCountries(canonical.gazetteer());
    }

    /**
     * Up to {@code wanted} distinct wrong values for {@code slot} of {@code fact}, in a seeded order.
     *
     * @param stillFalse accepts a candidate only when the statement with it is false by the whole fact base
     */
    public List<Slot> pick(Fact fact, Slot slot, int wanted, Random random, Predicate<Slot> stillFalse) {
        return pick(fact, slot, wanted, random, (candidate, chosen) -> true, stillFalse);
    }

    /**
     * As {@link #pick(Fact, Slot, int, Random, Predicate)}, trying a candidate only when {@code room} accepts it
     * beside the values chosen so far (a side of the key with places left, a length like theirs): the caller's
     * own test, asked before the costly {@code stillFalse}.
     */
    public List<Slot> pick(
            Fact fact,
            Slot slot,
            int wanted,
            Random random,
            BiPredicate<Slot, List<Slot>> room,
            Predicate<Slot> stillFalse) {
        if (fact.disputed().containsKey(slot.name())) return List.of();
        Set<String> excluded = new HashSet<>();
        excluded.add(canonical.of(slot));
        fact.alsoTrue(slot.name()).forEach(v -> excluded.add(canonical.of(slot, v)));
        Set<String> shown = new HashSet<>();
        shown.add(shownForm(slot));
        List<Slot> out = new ArrayList<>();
        for (Iterator<Slot> candidates = candidates(fact, slot, random).iterator();
                out.size() < wanted && candidates.hasNext(); ) {
            Slot candidate = candidates.next();
            if (!excluded.add(canonical.of(candidate))) continue;
            if (!shown.add(shownForm(candidate))) continue;
            if (namedInTheFact(fact, candidate) || !room.test(candidate, out)) continue;
            if (stillFalse.test(candidate)) out.add(candidate);
        }
        return out;
    }

    /**
     * The candidates in the order they are tried. Entity candidates are checked and made only as far as
     * the caller reads them: a relation's other values are many, and a few usually do.
     */
    private Stream<Slot> candidates(Fact fact, Slot slot, Random random) {
        return switch (slot.kind()) {
            case DATE, MONTH, YEAR, FISCAL_YEAR -> {
                List<Slot> pool = new ArrayList<>(TemporalCandidates.of(slot, random));
                // a sibling event's date only when it is as near as a moved date would be: a far-off year
                // (1977 against a launch in 2018) is eliminated at sight
                List<Slot> near = siblings.of(fact, slot, random)
                        .filter(s -> s.kind() == slot.kind())
                        .map(s -> slot.withValue(s.value()))
                        .filter(s -> TemporalCandidates.near(slot, s))
                        .toList();
                for (int i = 0; i < near.size(); i++) pool.add(Math.min(2 * i, pool.size()), near.get(i));
                yield pool.stream();
            }
            case NUMBER, COUNT, PERCENT, MONEY, DURATION, ORDINAL -> NumericCandidates.of(slot, random).stream();
            case ENTITY -> {
                Gazetteer gazetteer = canonical.gazetteer();
                Entity key = gazetteer.find(slot.value()).orElse(null);
                Stream<Slot> near = siblings.of(fact, slot, random)
                        .filter(s -> EntityCandidates.admits(slot, key, s.value(), gazetteer))
                        .map(s -> gazetteer.named(slot, s.value()));
                // the gazetteer's candidates are ranked only when the relation's own values run out
                Stream<Slot> others = Stream.of(gazetteer).flatMap(g -> EntityCandidates.of(slot, g, random).stream());
                yield Stream.concat(near, others);
            }
        };
    }

    /** Every wrong figure a numeric slot's candidates can be, whatever the seed; none for other kinds. */
    public static List<Slot> everyFigure(Slot slot) {
        return slot.kind().isNumeric() ? NumericCandidates.every(slot) : List.of();
    }

    private boolean namedInTheFact(Fact fact, Slot candidate) {
        return "country".equals(candidate.type()) && namedCountries.of(fact).contains(candidate.value());
    }

    /** The value as shown, letters and digits only, lower case: "USD 1.6 billion" is "usd16billion". */
    private static String shownForm(Slot slot) {
        String shown = slot.display();
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
