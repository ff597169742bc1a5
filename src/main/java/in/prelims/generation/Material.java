package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import in.prelims.generation.distractor.Distractors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/** What every generator draws on: the indexed facts and typed wrong values that the fact base keeps false. */
final class Material {

    /** Sibling event dates looked at per distractor request. */
    private static final int SIBLINGS = 4;

    private final FactIndex index;
    private final Distractors distractors;
    private final Reasons reasons;

    Material(FactIndex index) {
        this.index = index;
        this.reasons = new Reasons(index);
        this.distractors = new Distractors(index.canonical(), this::siblingValues);
    }

    FactIndex index() {
        return index;
    }

    Reasons reasons() {
        return reasons;
    }

    /**
     * Up to {@code wanted} values for the slot that make the fact's statement false by the whole base
     * and that do not already appear elsewhere in the statement (which would mark them as wrong) nor
     * put the fact's dates out of order, nor date a past event after the source that reports it.
     */
    List<Slot> wrongValues(Fact fact, Slot slot, int wanted, Random random) {
        return wrongValues(fact, slot, wanted, random, null);
    }

    /** As {@link #wrongValues(Fact, Slot, int, Random)}, without the made-up values the pool's paper already shows. */
    List<Slot> wrongValues(Fact fact, Slot slot, int wanted, Random random, Pool pool) {
        return wrongValues(fact, slot, wanted, random, pool, (candidate, chosen) -> true);
    }

    /**
     * As {@link #wrongValues(Fact, Slot, int, Random, Pool)}, each value also fitting the caller's {@code room} beside
     * those chosen before it (see {@link Distractors#pick(Fact, Slot, int, Random, BiPredicate, java.util.function.Predicate)}).
     */
    List<Slot> wrongValues(
            Fact fact, Slot slot, int wanted, Random random, Pool pool, BiPredicate<Slot, List<Slot>> room) {
        if (!mayOffer(slot, 1)) return List.of();
        String rest = Texts.padded(index.renderBlank(fact, slot.name(), " "));
        return distractors.pick(
                fact,
                slot,
                wanted,
                random,
                room,
                // the cheap tests first: checking the claim against the whole base renders it
                candidate -> (pool == null || !pool.shows(candidate) && !pool.printsEarlierKey(candidate))
                        && !index.statesFigure(candidate)
                        && !rest.contains(Texts.padded(candidate.display()))
                        && Figures.keepsOrder(slot, candidate, fact.slots().values())
                        && Figures.notAfterItsReport(fact, slot, candidate)
                        && index.mayCallFalse(fact, candidate)
                        && !index.holds(Claim.swapped(fact, candidate)));
    }

    /**
     * Whether the slot may yield {@code wanted} wrong values: a figure has only as many as its near figures that no fact
     * states. Asked before the search, which would otherwise try every candidate to find too few.
     */
    boolean mayOffer(Slot slot, int wanted) {
        return !slot.kind().isNumeric() || index.unstatedWrongFigures(slot) >= wanted;
    }

    /** Whether {@code candidate} satisfies what the question on {@code key}'s slot asks (type, country, role, class). */
    boolean satisfies(Slot key, Slot candidate) {
        if (key.kind() != in.prelims.fact.SlotKind.ENTITY) return true;
        var g = index.gazetteer();
        var entity = g.find(candidate.value()).orElse(null);
        return entity != null
                && entity.type().equals(key.type())
                && key.constraint().admits(key.type(), g.find(key.value()).orElse(null), entity);
    }

    /** The fact with one askable slot swapped so that it is false, or empty when no slot can be swapped. */
    Optional<Claim> falsify(Fact fact, Pool pool, Random random) {
        List<Slot> slots = askable(fact, pool);
        Collections.shuffle(slots, random);
        for (Slot slot : slots) {
            List<Slot> wrong = wrongValues(fact, slot, 1, random, pool);
            if (!wrong.isEmpty()) return Optional.of(Claim.swapped(fact, wrong.get(0)));
        }
        return Optional.empty();
    }

    /**
     * The slots a question may blank or swap, in name order: a fact's slot map has no stable order
     * between runs, and the same seed must give the same quiz after a restart.
     */
    static List<Slot> askable(Fact fact) {
        List<Slot> slots = new ArrayList<>(fact.askableSlots());
        slots.sort(Comparator.comparing(Slot::name));
        return slots;
    }

    /** The askable slots a quiz drawing on {@code pool} may key on: core ones only, unless it is a detail drill. */
    static List<Slot> askable(Fact fact, Pool pool) {
        List<Slot> slots = askable(fact);
        slots.removeIf(s -> !mayKeyOn(fact, s, pool.detail()));
        return slots;
    }

    /** Whether a quiz may key on the slot: a core one, or any in a detail drill. */
    static boolean mayKeyOn(Fact fact, Slot slot, boolean detail) {
        return detail || fact.isCore(slot);
    }

    /**
     * The dates of events on the fact's topic, or for an entity the values its relation's other facts
     * hold in the same slot (the other Quad ministers' countries, not any country in the gazetteer).
     */
    private Stream<Slot> siblingValues(Fact fact, Slot slot, Random random) {
        return slot.kind() == SlotKind.ENTITY
                ? relationValues(fact, slot, random)
                : siblingDates(fact, slot, random).stream();
    }

    /** The relation's other values in the slot, in a random order, made only as far as they are read. */
    private Stream<Slot> relationValues(Fact fact, Slot slot, Random random) {
        if (fact.relation() == null) return Stream.empty();
        List<FactIndex.Held> held = index.relationSlot(fact.relation().name(), slot.name());
        return Walk.of(held.size(), random)
                .indices()
                .mapToObj(held::get)
                .filter(other -> other.fact() != fact && other.slot().kind() == slot.kind())
                .map(FactIndex.Held::slot);
    }

    private List<Slot> siblingDates(Fact fact, Slot slot, Random random) {
        if (fact.topics().isEmpty()) return List.of();
        List<Fact> events = index.eventsOfTopic(
                fact.topics().get(random.nextInt(fact.topics().size())));
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < Math.min(SIBLINGS * 2, events.size()) && out.size() < SIBLINGS; i++) {
            Fact other = events.get(random.nextInt(events.size()));
            if (other != fact)
                other.eventSlot().filter(s -> s.kind() == slot.kind()).ifPresent(out::add);
        }
        return out;
    }
}
