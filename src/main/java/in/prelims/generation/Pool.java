package in.prelims.generation;

import in.prelims.fact.Fact;
import in.prelims.fact.Period;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/** The facts a request may use (its topic and source filters), with the anchors each kind needs. */
final class Pool {

    /** How far a list's false statements may run ahead of its true ones in a paper. */
    static final int FALSE_LEAD = 2;

    /** Random draws per list when looking for facts near an anchor. */
    private static final int DRAWS = 40;

    private final FactIndex index;
    private final Set<String> topics;
    private final Set<String> sources;
    /** A detail drill: context facts and slots may be asked too, not only core exam points. */
    private final boolean detail;
    /** Only facts whose source is dated within it. */
    private final Period period;

    private final List<Fact> facts;
    /** The same facts, to test a fact drawn from an index list against every filter at once. */
    private final Set<Fact> members;

    private final List<Fact> events;
    private final List<Fact> related;
    private final List<Fact> explained;
    private final List<Fact> asked;
    /**
     * The paper drawing on this pool: the facts it has used, the made-up wrong values and the statements it shows,
     * which no further item of it may use or show again. A fresh pool has an empty deck, which rules nothing out.
     */
    private final Assembly paper;
    /** Made when a paper first asks, shared by this pool's papers. */
    private final AtomicReference<CommonKeys> commonKeys;

    /** Every fact, core and context, as a detail drill draws on. */
    Pool(FactIndex index, Set<String> topics, Set<String> sources) {
        this(index, topics, sources, true);
    }

    Pool(FactIndex index, Set<String> topics, Set<String> sources, boolean detail) {
        this(index, topics, sources, detail, Period.ALL);
    }

    Pool(FactIndex index, Set<String> topics, Set<String> sources, boolean detail, Period period) {
        this.paper = new Assembly(false);
        this.commonKeys = new AtomicReference<>();
        this.period = period;
        this.index = index;
        this.topics = Set.copyOf(topics);
        this.sources = Set.copyOf(sources);
        this.detail = detail;
        List<Fact> chosen = topics.isEmpty() && sources.isEmpty() ? index.all() : filtered(index, topics, sources);
        this.facts = chosen.stream()
                .filter(f -> detail || f.isCore())
                .filter(f -> period.contains(f.source().published()))
                .toList();
        this.members = identitySet();
        members.addAll(facts);
        this.events = facts.stream()
                .filter(f -> f.event() != null && !f.disputed().containsKey(f.event()))
                .filter(f -> detail || f.isCore(f.slots().get(f.event())))
                .toList();
        // a relation of dates (a year launched) makes pairs only in a detail drill: it tests a date, not a concept
        this.related = facts.stream()
                .filter(f -> f.relation() != null && (detail || !PairsGenerator.matchesOnlyDates(f)))
                .toList();
        this.explained = facts.stream().filter(f -> f.explainedBy() != null).toList();
        this.asked = facts.stream()
                .filter(f -> McqGenerator.asks(f, detail, index.base()))
                .toList();
    }

    private Pool(Pool whole, Assembly paper) {
        this.index = whole.index;
        this.topics = whole.topics;
        this.sources = whole.sources;
        this.facts = whole.facts;
        this.members = whole.members;
        this.events = whole.events;
        this.related = whole.related;
        this.explained = whole.explained;
        this.asked = whole.asked;
        this.detail = whole.detail;
        this.period = whole.period;
        this.paper = paper;
        this.commonKeys = whole.commonKeys;
    }

    /**
     * This pool for one paper: the facts the paper has used are no longer available, nor as wrong values the made-up
     * values it shows.
     */
    Pool forPaper(Assembly paper) {
        return new Pool(this, paper);
    }

    /** Whether the paper already shows this made-up wrong value in another item. */
    boolean shows(Slot wrong) {
        return paper.showsInvented(wrong);
    }

    /**
     * Whether showing the value (as an option or in a statement) would print what an earlier item withholds. Asked
     * while the wrong values are chosen, so that an item takes another instead of failing the paper's check.
     */
    boolean printsEarlierKey(Slot value) {
        return paper.printsKey(value);
    }

    /** Whether an earlier item prints the value, so that an item withholding it would have its key given away. */
    boolean printsAlready(String value) {
        return paper.printsWithheld(value);
    }

    /**
     * Whether a statement to judge may show the fact false: not a member of a list whose members the paper has already
     * shown false {@link #FALSE_LEAD} times more often than true.
     */
    boolean mayShowFalse(Fact fact) {
        return fact.list() == null || paper.falseLead(fact.list().name()) < FALSE_LEAD;
    }

    /** Whether the paper already prints this statement (or pair) in another item: a drafted item must not repeat it. */
    boolean printsStatement(String statement) {
        return paper.printsStatement(statement);
    }

    /** Whether a quarter of this pool's facts state the value, so that a paper would give it away as a key. */
    boolean isCommon(String key) {
        CommonKeys common = commonKeys.get();
        if (common == null) {
            commonKeys.compareAndSet(null, new CommonKeys(facts));
            common = commonKeys.get();
        }
        return common.isCommon(key);
    }

    /** Whether a paper has already used the fact. */
    boolean used(Fact fact) {
        return paper.used(fact);
    }

    /**
     * The topics a statement set around {@code anchor} may keep to: the anchor's topics within the
     * request's filter, each with at least {@code wanted} facts.
     */
    List<String> topicsFor(Fact anchor, int wanted) {
        return anchor.topics().stream()
                .filter(t -> topics.isEmpty() || topics.contains(t))
                .filter(t -> index.topic(t).size() >= wanted)
                .toList();
    }

    private List<Fact> filtered(FactIndex index, Set<String> topics, Set<String> sources) {
        Set<Fact> out = Collections.newSetFromMap(new LinkedHashMap<>());
        if (!topics.isEmpty())
            topics.stream()
                    .sorted()
                    .forEach(t ->
                            index.topic(t).stream().filter(this::passesFilters).forEach(out::add));
        else sources.stream().sorted().forEach(s -> out.addAll(index.source(s)));
        return List.copyOf(out);
    }

    boolean detail() {
        return detail;
    }

    /** Whether the fact passes the request's filters and the paper has not used it. */
    boolean contains(Fact fact) {
        return members.contains(fact) && !paper.used(fact);
    }

    /** Whether the fact passes the request's filters: its topic, source, detail and period. */
    private boolean passesFilters(Fact fact) {
        return (detail || fact.isCore())
                && (topics.isEmpty() || fact.topics().stream().anyMatch(topics::contains))
                && (sources.isEmpty() || sources.contains(fact.source().id()))
                && period.contains(fact.source().published());
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

    /** Facts of a relation: pairs; a relation of dates only in a detail drill. */
    List<Fact> related() {
        return related;
    }

    /** Facts with a question of their own on a slot this pool may ask ({@code ask}): multiple choice. */
    List<Fact> asked() {
        return asked;
    }

    /** Facts that name the fact explaining them: Statement-I / Statement-II. */
    List<Fact> explained() {
        return explained;
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
        List<String> anchorTopics = new ArrayList<>(anchor.topics());
        Collections.shuffle(anchorTopics, random);
        List<List<Fact>> lists = new ArrayList<>();
        anchorTopics.forEach(t -> lists.add(near.apply(t)));
        lists.add(fallback);
        return draw(anchor, lists, wanted, random, test);
    }

    /** Up to {@code wanted} distinct facts of one topic in this pool, other than the anchor, that pass {@code test}. */
    List<Fact> inTopic(Fact anchor, String topic, int wanted, Random random, Predicate<Fact> test) {
        return draw(anchor, List.of(index.topic(topic)), wanted, random, test);
    }

    private List<Fact> draw(Fact anchor, List<List<Fact>> lists, int wanted, Random random, Predicate<Fact> test) {
        List<Fact> out = new ArrayList<>();
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
