package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** The facts a request may use (its topic and source filters), with the anchors each kind needs. */
final class Pool {

    /** Random draws per list when looking for facts near an anchor. */
    private static final int DRAWS = 40;

    private final FactIndex index;
    private final Set<String> topics;
    private final Set<String> sources;
    /** A detail drill: context facts and slots may be asked too, not only core exam points. */
    private final boolean detail;

    private final List<Fact> facts;
    private final List<Fact> events;
    private final List<Fact> related;

    /** Every fact, core and context, as a detail drill draws on. */
    Pool(FactIndex index, Set<String> topics, Set<String> sources) {
        this(index, topics, sources, true);
    }

    Pool(FactIndex index, Set<String> topics, Set<String> sources, boolean detail) {
        this.index = index;
        this.topics = Set.copyOf(topics);
        this.sources = Set.copyOf(sources);
        this.detail = detail;
        List<Fact> chosen = topics.isEmpty() && sources.isEmpty() ? index.all() : filtered(index, topics, sources);
        this.facts = detail ? chosen : chosen.stream().filter(Fact::isCore).toList();
        this.events = facts.stream()
                .filter(f -> f.event() != null && !f.disputed().containsKey(f.event()))
                .filter(f -> detail || f.isCore(f.slots().get(f.event())))
                .toList();
        this.related = facts.stream().filter(f -> f.relation() != null).toList();
    }

    private List<Fact> filtered(FactIndex index, Set<String> topics, Set<String> sources) {
        Set<Fact> out = Collections.newSetFromMap(new LinkedHashMap<>());
        if (!topics.isEmpty())
            topics.stream()
                    .sorted()
                    .forEach(t -> index.topic(t).stream().filter(this::contains).forEach(out::add));
        else sources.stream().sorted().forEach(s -> out.addAll(index.source(s)));
        return List.copyOf(out);
    }

    boolean detail() {
        return detail;
    }

    boolean contains(Fact fact) {
        return (detail || fact.isCore())
                && (topics.isEmpty() || fact.topics().stream().anyMatch(topics::contains))
                && (sources.isEmpty() || sources.contains(fact.source().id()));
    }

    List<Fact> facts() {
        return facts;
    }

    /** Facts that can anchor an item of {@code kind}. */
    List<Fact> anchors(Kind kind) {
        return kind.anchors(this);
    }

    /** Facts with an undisputed event date: chronology. */
    List<Fact> events() {
        return events;
    }

    /** Facts of a relation: pairs. */
    List<Fact> related() {
        return related;
    }

    /** Facts compare by identity here: a record's hashCode would hash every field of the fact. */
    static Set<Fact> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    FactIndex index() {
        return index;
    }

    /**
     * Up to {@code wanted} distinct facts in this pool, other than the anchor, that pass {@code test},
     * looked for first in the lists {@code near} gives for each of the anchor's topics, then anywhere in {@code fallback}.
     */
    List<Fact> near(
            Fact anchor,
            Function<String, List<Fact>> near,
            List<Fact> fallback,
            int wanted,
            Random random,
            Predicate<Fact> test) {
        List<Fact> out = new ArrayList<>();
        List<String> anchorTopics = new ArrayList<>(anchor.topics());
        Collections.shuffle(anchorTopics, random);
        List<List<Fact>> lists = new ArrayList<>();
        anchorTopics.forEach(t -> lists.add(near.apply(t)));
        lists.add(fallback);
        Set<Fact> seen = identitySet();
        seen.add(anchor);
        for (List<Fact> list : lists) {
            for (int i = 0; i < DRAWS && out.size() < wanted && !list.isEmpty(); i++) {
                Fact f = list.get(random.nextInt(list.size()));
                if (seen.add(f) && contains(f) && test.test(f)) out.add(f);
            }
            if (out.size() == wanted) break;
        }
        return out;
    }
}
