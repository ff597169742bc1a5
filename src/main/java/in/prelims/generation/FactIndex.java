package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Relation;
import in.prelims.fact.Slot;
import in.prelims.generation.distractor.Canonical;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fact base indexed once at start-up (by topic, source, relation and event) and the truth
 * table every claim is checked against: no full scan per question.
 */
final class FactIndex {

    private final FactBase base;
    private final Map<String, List<Fact>> byTopic = new HashMap<>();
    private final Map<String, List<Fact>> bySource = new HashMap<>();
    private final Map<String, List<Fact>> byRelation = new HashMap<>();
    private final Map<String, List<Fact>> eventsByTopic = new HashMap<>();
    private final List<Fact> events = new ArrayList<>();
    private final Set<String> trueStatements = new HashSet<>();
    private final Map<String, Set<String>> relationPairs = new HashMap<>();
    private final Map<String, Set<String>> askAnswers = new HashMap<>();

    FactIndex(FactBase base) {
        this.base = base;
        for (Fact fact : base.facts()) {
            fact.topics().forEach(t -> byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(fact));
            bySource.computeIfAbsent(fact.source().id(), k -> new ArrayList<>()).add(fact);
            if (fact.relation() != null) byRelation.computeIfAbsent(fact.relation().name(), k -> new ArrayList<>()).add(fact);
            if (isDatedEvent(fact)) {
                events.add(fact);
                fact.topics().forEach(t -> eventsByTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(fact));
            }
            recordTruths(fact);
        }
    }

    private static boolean isDatedEvent(Fact fact) {
        return fact.event() != null && !fact.disputed().containsKey(fact.event());
    }

    /** The fact, each also-true variant, its relation pairs and its answers are all true. */
    private void recordTruths(Fact fact) {
        trueStatements.add(Texts.normalise(fact.render()));
        for (Slot slot : fact.slots().values()) {
            for (String other : fact.alsoTrue(slot.name())) {
                Claim variant = Claim.swapped(fact, slot.withValue(canonicalName(slot, other)));
                trueStatements.add(Texts.normalise(variant.render()));
                recordPair(variant);
                recordAnswer(fact, slot, other);
            }
            recordAnswer(fact, slot, slot.value());
        }
        recordPair(Claim.of(fact));
    }

    private void recordPair(Claim claim) {
        Relation r = claim.fact().relation();
        if (r == null) return;
        relationPairs.computeIfAbsent(r.name(), k -> new HashSet<>()).add(pairKey(claim, r));
    }

    private void recordAnswer(Fact fact, Slot slot, String value) {
        String question = fact.ask().get(slot.name());
        if (question == null) return;
        askAnswers.computeIfAbsent(Texts.normalise(question), k -> new HashSet<>())
                .add(Canonical.of(slot, value, gazetteer()));
    }

    private String pairKey(Claim claim, Relation r) {
        return Canonical.of(claim.slot(r.left()), gazetteer()) + "|" + Canonical.of(claim.slot(r.right()), gazetteer());
    }

    /** An alias in {@code also-true} is shown under the entity's own name. */
    private String canonicalName(Slot slot, String value) {
        return gazetteer().find(value).filter(e -> slot.kind() == in.prelims.fact.SlotKind.ENTITY)
                .map(in.prelims.fact.Entity::name).orElse(value);
    }

    /**
     * Whether the fact base makes the claim true: it is a fact or an also-true variant, it states a
     * pair of a relation that some fact states, or it answers some fact's question with that fact's value.
     */
    boolean holds(Claim claim) {
        if (claim.swapped() == null) return true;
        Fact fact = claim.fact();
        Slot swapped = claim.swapped();
        if (Canonical.of(swapped, gazetteer()).equals(Canonical.of(fact.slots().get(swapped.name()), gazetteer()))) return true;
        String value = Canonical.of(swapped, gazetteer());
        if (fact.alsoTrue(swapped.name()).stream().anyMatch(v -> Canonical.of(swapped, v, gazetteer()).equals(value))) {
            return true;
        }
        if (trueStatements.contains(Texts.normalise(claim.render()))) return true;
        Relation r = fact.relation();
        if (r != null && (r.left().equals(swapped.name()) || r.right().equals(swapped.name()))
                && relationPairs.getOrDefault(r.name(), Set.of()).contains(pairKey(claim, r))) return true;
        String question = fact.ask().get(swapped.name());
        return question != null && askAnswers.getOrDefault(Texts.normalise(question), Set.of()).contains(value);
    }

    FactBase base() {
        return base;
    }

    Gazetteer gazetteer() {
        return base.gazetteer();
    }

    List<Fact> all() {
        return base.facts();
    }

    List<Fact> topic(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    List<Fact> source(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    boolean hasTopic(String topic) {
        return byTopic.containsKey(topic);
    }

    boolean hasSource(String sourceId) {
        return bySource.containsKey(sourceId);
    }

    Set<String> topics() {
        return byTopic.keySet();
    }

    Map<String, List<Fact>> relations() {
        return byRelation;
    }

    List<Fact> relation(String name) {
        return byRelation.getOrDefault(name, List.of());
    }

    List<Fact> events() {
        return events;
    }

    List<Fact> eventsOfTopic(String topic) {
        return eventsByTopic.getOrDefault(topic, List.of());
    }
}
