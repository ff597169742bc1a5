package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Relation;
import in.prelims.fact.Slot;
import in.prelims.fact.SlotKind;
import in.prelims.generation.distractor.Canonical;
import in.prelims.generation.distractor.Distractors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The fact base indexed once at start-up (by topic, source, relation and event) and the truth
 * table every claim is checked against: no full scan per question.
 */
final class FactIndex {

    private final FactBase base;
    private final Map<String, List<Fact>> byTopic = new HashMap<>();
    private final Map<String, List<Fact>> bySource = new HashMap<>();
    private final Map<String, List<Fact>> byRelation = new HashMap<>();
    private final Map<String, List<Fact>> byList = new HashMap<>();
    /** By relation and slot name, what each member fact holds in that slot, in the relation's order. */
    private final Map<String, Map<String, List<Held>>> relationSlots = new HashMap<>();

    private final Map<String, Fact> byId;
    /** Facts whose slot answers the same wh-question: the members of a list ("one of the seven pillars"). */
    private final Map<String, List<Fact>> byAsk;

    private final Map<String, List<Fact>> eventsByTopic = new HashMap<>();
    private final List<Fact> events = new ArrayList<>();
    private final Set<String> trueStatements;
    private final Map<String, Set<String>> relationPairs = new HashMap<>();
    private final Map<String, Set<String>> askAnswers;
    /** Each wh-question as written to its normalised form, so a lookup hashes a string that caches its hash. */
    private final Map<String, String> askKeys;

    /** Each fact's label, normalised once: a paper checks it for every fact it draws. */
    private final Map<Fact, String> normalisedLabels;

    /** Each fact's text in parts, so that a claim swapping one slot renders without showing the others again. */
    private final Map<Fact, FactText> texts;

    private final Canonical canonical;
    /** Every figure some fact states, as kind and shown value: a wrong option must not be one of them. */
    private final Set<String> statedFigures;
    /** {@link #unstatedWrongFigures} by figure, filled as slots are asked. */
    private final Map<String, Integer> unstatedWrongFigures = new ConcurrentHashMap<>();
    /** Every entity some fact's slot holds (or holds as also true), as type and canonical value. */
    private final Set<String> statedEntities;

    FactIndex(FactBase base) {
        this.base = base;
        // sized for the base up front (none of these is iterated): growing them was a share of the build
        int facts = base.facts().size();
        byId = new HashMap<>(capacity(facts));
        byAsk = new HashMap<>(capacity(2 * facts));
        trueStatements = new HashSet<>(capacity(facts));
        askAnswers = new HashMap<>(capacity(2 * facts));
        askKeys = new HashMap<>(capacity(2 * facts));
        normalisedLabels = new IdentityHashMap<>(facts);
        texts = new IdentityHashMap<>(facts);
        statedFigures = new HashSet<>(capacity(facts));
        statedEntities = new HashSet<>(capacity(2 * facts));
        Set<String> entityTypes = new TreeSet<>();
        for (Fact f : base.facts()) {
            for (Slot s : f.slots().values()) if (s.kind() == SlotKind.ENTITY) entityTypes.add(s.type());
        }
        this.canonical = new Canonical(base.gazetteer(), entityTypes);
        // rendering every statement is most of the work: this thread and idle cores render while a
        // pool thread fills the look-up maps (each fact's text is cut into parts first, and its
        // statements joined from them)
        ForkJoinTask<?> lookUps = ForkJoinPool.commonPool().submit(this::fillLookUps);
        List<Rendered> rendered =
                base.facts().parallelStream().map(this::rendered).toList();
        lookUps.join();
        for (Rendered r : rendered) {
            if (r.text() != null) texts.put(r.fact(), r.text());
            trueStatements.addAll(r.statements());
        }
    }

    private void fillLookUps() {
        for (Fact fact : base.facts()) {
            byId.putIfAbsent(fact.id(), fact);
            if (fact.label() != null) normalisedLabels.put(fact, Texts.normalise(fact.label()));
            fact.ask()
                    .values()
                    .forEach(q -> byAsk.computeIfAbsent(Texts.normalise(q), k -> new ArrayList<>())
                            .add(fact));
            fact.topics()
                    .forEach(t ->
                            byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(fact));
            bySource.computeIfAbsent(fact.source().id(), k -> new ArrayList<>()).add(fact);
            if (fact.list() != null)
                byList.computeIfAbsent(fact.list().name(), k -> new ArrayList<>())
                        .add(fact);
            if (fact.relation() != null) {
                byRelation
                        .computeIfAbsent(fact.relation().name(), k -> new ArrayList<>())
                        .add(fact);
                Map<String, List<Held>> slots =
                        relationSlots.computeIfAbsent(fact.relation().name(), k -> new HashMap<>());
                for (Slot s : fact.slots().values())
                    slots.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(new Held(fact, s));
            }
            if (isDatedEvent(fact)) {
                events.add(fact);
                fact.topics()
                        .forEach(t -> eventsByTopic
                                .computeIfAbsent(t, k -> new ArrayList<>())
                                .add(fact));
            }
            recordTruths(fact);
            for (Slot s : fact.slots().values()) {
                if (s.kind().isNumeric()) statedFigures.add(figureKey(s));
                if (s.kind() == SlotKind.ENTITY) {
                    statedEntities.add(s.type() + "|" + canonical.of(s));
                    for (String other : fact.alsoTrue(s.name()))
                        statedEntities.add(s.type() + "|" + canonical.of(s, other));
                }
            }
        }
    }

    /** A hash table's capacity that holds {@code entries} without growing. */
    private static int capacity(int entries) {
        return entries * 4 / 3 + 16;
    }

    private static boolean isDatedEvent(Fact fact) {
        return fact.event() != null && !fact.disputed().containsKey(fact.event());
    }

    /** The fact's relation pairs and answers, also-true variants included, are true. */
    private void recordTruths(Fact fact) {
        for (Slot slot : fact.slots().values()) {
            for (String other : fact.alsoTrue(slot.name())) {
                recordPair(variant(fact, slot, other));
                recordAnswer(fact, slot, other);
            }
            recordAnswer(fact, slot, slot.value());
        }
        recordPair(Claim.of(fact));
    }

    /** A fact's text in parts (null when it cannot be rendered) and its normalised statements. */
    private record Rendered(Fact fact, FactText text, List<String> statements) {}

    private Rendered rendered(Fact fact) {
        FactText text = FactText.of(fact);
        return new Rendered(fact, text, statementsOf(fact, text));
    }

    /** The fact as a normalised statement, and each of its also-true variants. */
    private List<String> statementsOf(Fact fact, FactText text) {
        // loops, not streams: this runs for every fact at start-up
        List<String> out = new ArrayList<>(1);
        out.add(statement(Claim.of(fact), text));
        for (Slot slot : fact.slots().values()) {
            for (String other : fact.alsoTrue(slot.name())) out.add(statement(variant(fact, slot, other), text));
        }
        return out;
    }

    private static String statement(Claim claim, FactText text) {
        return Texts.normalise(text == null ? claim.render() : text.render(claim.swapped()));
    }

    /** The claim as shown ({@link Claim#render()}), joined from the fact's text in parts. */
    String render(Claim claim) {
        FactText text = texts.get(claim.fact());
        return text == null ? claim.render() : text.render(claim.swapped());
    }

    /** Each thread's buffer for {@link #normalisedStatement}: a claim is checked for every wrong value tried. */
    private static final ThreadLocal<StringBuilder> RENDERED = ThreadLocal.withInitial(() -> new StringBuilder(256));

    /** {@code Texts.normalise(render(claim))}, without the rendered text as a String. */
    private String normalisedStatement(Claim claim) {
        FactText text = texts.get(claim.fact());
        if (text == null) return Texts.normalise(claim.render());
        StringBuilder out = RENDERED.get();
        out.setLength(0);
        return Texts.normalise(text.appendTo(out, claim.swapped()));
    }

    /** The fact's statement as {@link Fact#render()} gives it, joined from its text in parts. */
    String render(Fact fact) {
        FactText text = texts.get(fact);
        return text == null ? fact.render() : text.render(null);
    }

    /** The statement with one slot shown as {@code blank}, as {@link Fact#renderBlank} gives it. */
    String renderBlank(Fact fact, String slotName, String blank) {
        FactText text = texts.get(fact);
        return text == null ? fact.renderBlank(slotName, blank) : text.renderBlank(slotName, blank);
    }

    /** An also-true value is written under its entity's own name, as distractors are. */
    private Claim variant(Fact fact, Slot slot, String other) {
        return Claim.swapped(fact, canonical.gazetteer().named(slot, canonical.name(slot, other)));
    }

    private void recordPair(Claim claim) {
        Relation r = claim.fact().relation();
        if (r == null) return;
        relationPairs.computeIfAbsent(r.name(), k -> new HashSet<>()).add(pairKey(claim, r));
    }

    private void recordAnswer(Fact fact, Slot slot, String value) {
        String question = fact.ask().get(slot.name());
        if (question == null) return;
        askAnswers
                .computeIfAbsent(askKeys.computeIfAbsent(question, Texts::normalise), k -> new HashSet<>())
                .add(canonical.of(slot, value));
    }

    /** The claim's values in the relation's columns, as one key: a pair or a three-column row. */
    private String pairKey(Claim claim, Relation r) {
        StringBuilder key = new StringBuilder();
        for (String column : r.columns())
            key.append(canonical.of(claim.slot(column))).append('|');
        return key.toString();
    }

    /**
     * Whether the fact base makes the claim true: it is a fact or an also-true variant, it states a
     * pair of a relation that some fact states, or it answers some fact's question with that fact's value.
     */
    boolean holds(Claim claim) {
        if (claim.swapped() == null) return true;
        Fact fact = claim.fact();
        Slot swapped = claim.swapped();
        String value = canonical.of(swapped);
        if (value.equals(canonical.of(fact.slots().get(swapped.name())))) return true;
        for (String v : fact.alsoTrue(swapped.name()))
            if (canonical.of(swapped, v).equals(value)) return true;
        if (trueStatements.contains(normalisedStatement(claim))) return true;
        Relation r = fact.relation();
        if (r != null
                && r.columns().contains(swapped.name())
                && relationPairs.getOrDefault(r.name(), Set.of()).contains(pairKey(claim, r))) return true;
        String question = fact.ask().get(swapped.name());
        return question != null
                && askAnswers.getOrDefault(askKeys.get(question), Set.of()).contains(value);
    }

    /** The fact's label as {@link Texts#normalise} gives it, kept from start-up for the base's facts. */
    String normalisedLabel(Fact fact) {
        String label = normalisedLabels.get(fact);
        return label != null ? label : Texts.normalise(fact.label());
    }

    /** The fact with this id, or null. */
    Fact fact(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Every fact one of whose slots answers {@code question}; more than one means the answer is a list. */
    List<Fact> askedAlike(String question) {
        return byAsk.getOrDefault(Texts.normalise(question), List.of());
    }

    private static String figureKey(Slot s) {
        return s.kind() + "|" + Texts.normalise(s.display());
    }

    /** Whether some fact of the base states this figure (same kind, unit and currency) as true. */
    boolean statesFigure(Slot s) {
        return s.kind().isNumeric() && statedFigures.contains(figureKey(s));
    }

    /**
     * How many different wrong figures the distractors could ever offer for the numeric slot that no fact states (a
     * wrong option must not be one): worked out once per figure. A base of thousands of figures in one unit leaves
     * few or none.
     */
    int unstatedWrongFigures(Slot s) {
        return unstatedWrongFigures.computeIfAbsent(figureKey(s), k -> (int) Distractors.everyFigure(s).stream()
                .filter(candidate -> !statesFigure(candidate))
                .map(Slot::display)
                .distinct()
                .count());
    }

    /**
     * Whether {@code s} is an entity no fact of the base states: a wrong value the curators or the gazetteer
     * supplied (a known-false field, a non-pillar, another country's exercise), not one the documents give.
     * A paper shows each such value in one item only.
     */
    boolean invented(Slot s) {
        return s.kind() == SlotKind.ENTITY && !statedEntities.contains(s.type() + "|" + canonical.of(s));
    }

    /**
     * Whether a claim putting {@code candidate} in its slot may be called false: always for a
     * single-valued slot; for a member of a list only when the list is complete or the value is
     * recorded as known false. A list that only "includes" some fields says nothing of the others.
     */
    boolean mayCallFalse(Fact fact, Slot candidate) {
        return base.list(fact, candidate.name())
                .map(l -> l.complete()
                        || l.knownFalse().keySet().stream()
                                .anyMatch(v -> canonical.of(candidate, v).equals(canonical.of(candidate))))
                .orElse(true);
    }

    Canonical canonical() {
        return canonical;
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

    /** The member facts of a list. */
    List<Fact> list(String name) {
        return byList.getOrDefault(name, List.of());
    }

    List<Fact> relation(String name) {
        return byRelation.getOrDefault(name, List.of());
    }

    /** A slot of a relation's member fact. */
    record Held(Fact fact, Slot slot) {}

    /** What the relation's member facts that have a slot of that name hold in it, in the relation's order. */
    List<Held> relationSlot(String relation, String slotName) {
        return relationSlots.getOrDefault(relation, Map.of()).getOrDefault(slotName, List.of());
    }

    List<Fact> events() {
        return events;
    }

    List<Fact> eventsOfTopic(String topic) {
        return eventsByTopic.getOrDefault(topic, List.of());
    }
}
