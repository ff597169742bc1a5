package in.prelims.generation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactError;
import in.prelims.fact.FactList;
import in.prelims.fact.Freshness;
import in.prelims.fact.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Plans a quiz: which kind each item is, where its key goes, which fact anchors it; then drafts each
 * item and lets only what passes the quality gate through. Plain Java, so tests and the benchmark
 * can build it without the server.
 */
final class Engine {

    /** Anchors tried for one item before falling back to another kind. */
    private static final int ATTEMPTS = 12;
    /** How many times {@link #ATTEMPTS} the last pass over places still empty tries. */
    private static final int LAST_LOOK = 2;
    /**
     * A paper short by up to this fraction of its items (one fifth), or by two, may owe it to its greedy order and is
     * tried again letting a list of two give two items; more, and the material is too little (a 100-item paper on a
     * base that gives 28).
     */
    private static final int GREEDY_SHORTFALL = 5;
    /** Other seeds a short paper is put together from, each way ({@link #assemble}), before it is served short. */
    private static final int RETRIES = 4;

    private static final int MAX_CACHED_POOLS = 256;

    private final FactIndex index;
    private final QuestionTemplates templates;
    private final String style;
    private final QualityGate gate;
    private final Map<Kind, Generator> generators = new EnumMap<>(Kind.class);
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private final Pool everything;
    private final Pool everyDetail;
    /** Each complete list's number of members, by its name ({@link ListShares}). */
    private final Map<String, Integer> completeListSizes = new HashMap<>();

    Engine(FactBase base, QuestionTemplates templates, String style) {
        this.index = new FactIndex(base);
        // the whole base's two pools need nothing else: a pool thread filters the base for them meanwhile
        ForkJoinTask<List<Pool>> wholeBase = ForkJoinPool.commonPool()
                .submit(() ->
                        List.of(new Pool(index, Set.of(), Set.of(), false), new Pool(index, Set.of(), Set.of(), true)));
        this.templates = templates;
        this.style = style;
        this.gate = new QualityGate(index);
        Material material = new Material(index);
        for (Kind kind : Kind.values()) generators.put(kind, kind.newGenerator(material));
        Set<Kind> missing = new TreeSet<>(templates.missingKinds(style));
        missing.retainAll(generators.keySet());
        if (!missing.isEmpty()) {
            throw new TemplateFileException(List.of(new FactError(
                    "templates",
                    0,
                    "style '" + style + "' has no template for " + missing + " (styles found: " + templates.styles()
                            + ")")));
        }
        base.lists().values().stream()
                .filter(FactList::complete)
                .forEach(l -> completeListSizes.put(l.name(), l.members().size()));
        this.everything = wholeBase.join().get(0);
        this.everyDetail = wholeBase.join().get(1);
    }

    FactBase base() {
        return index.base();
    }

    FactIndex index() {
        return index;
    }

    QualityGate gate() {
        return gate;
    }

    Generator generator(Kind kind) {
        return generators.get(kind);
    }

    List<Phrasing> phrasings(Kind kind) {
        return templates.of(style, kind);
    }

    /**
     * The request's questions, assembled as one paper; fewer than asked only when the filtered facts
     * cannot make more without repeating a fact, a stem or a key.
     */
    List<Question> generate(QuestionRequest request) {
        return generate(request, (q, d) -> {});
    }

    /** As {@link #generate(QuestionRequest)}, telling {@code served} each item with the draft it came from. */
    List<Question> generate(QuestionRequest request, BiConsumer<Question, Draft> served) {
        checkFilters(request);
        Set<Kind> kinds = request.kinds().isEmpty() ? EnumSet.copyOf(Kind.exam()) : EnumSet.copyOf(request.kinds());
        kinds.retainAll(generators.keySet());
        // a deck of flashcards is not a paper: it may hold several cards of one fact
        boolean isPaper = kinds.stream().anyMatch(Kind::hasOptionsToChoose);
        Pool filtered = pool(request.topics(), request.sources(), request.detail(), request.period());
        long seed = Seeds.forRequest(request.seed(), request.topics(), request.sources(), kinds, request.detail());
        // a paper is put together greedily, and an early choice can leave a place no later item fits: a short paper
        // is tried again from other seeds, and the fullest kept; only if none is full may a list of two give two items
        Paper best = assemble(request.count(), kinds, isPaper, filtered, seed, true);
        for (int retry = 1; isPaper && retry <= 2 * RETRIES && best.size() < request.count(); retry++) {
            boolean pairsOnce = retry <= RETRIES;
            if (!pairsOnce && request.count() - best.size() > Math.max(2, request.count() / GREEDY_SHORTFALL)) break;
            Paper again = assemble(request.count(), kinds, true, filtered, Seeds.of(seed, "retry-" + retry), pairsOnce);
            if (again.size() > best.size()) best = again;
        }
        best.served().forEach(item -> served.accept(item.question(), item.draft()));
        return new ArrayList<>(best.placed().values());
    }

    /** One paper put together from {@code seed}: its questions by place, and each served item in the order served. */
    private record Paper(Map<Integer, Question> placed, List<Served> served) {
        int size() {
            return placed.size();
        }
    }

    private record Served(Question question, Draft draft) {}

    /** @param pairsOnce whether a complete list of two gives one item even beyond the shares */
    private Paper assemble(int count, Set<Kind> kinds, boolean isPaper, Pool filtered, long seed, boolean pairsOnce) {
        Assembly paper = new Assembly(isPaper, index, filtered::isCommon);
        Pool pool = filtered.forPaper(paper);
        Plan plan = Plan.of(count, new ArrayList<>(kinds), seed);
        Map<Kind, Anchors> anchors = new EnumMap<>(Kind.class);
        Set<String> usedTexts = new HashSet<>();
        List<Served> served = new ArrayList<>(count);
        // first every list within its share; places left empty are then filled without it, so a narrow
        // topic still gives a full paper, its lists as spread as the material allows; places still empty get
        // a last, longer look through the anchors (a greedy paper can leave a place no first choice fits)
        ListShares shares = isPaper ? ListShares.forPaper(count, completeListSizes) : ListShares.unlimited();
        Map<Integer, Question> placed = new TreeMap<>();
        Consumer<Pass> fill = pass -> {
            for (int i = 0; i < count; i++) {
                if (placed.containsKey(i)) continue;
                Kind planned = plan.kind(i);
                List<Kind> tryKinds = new ArrayList<>(List.of(planned));
                kinds.stream().filter(k -> k != planned).forEach(tryKinds::add);
                for (Kind kind : tryKinds) {
                    Anchors a =
                            anchors.computeIfAbsent(kind, k -> new Anchors(pool.anchors(k), Seeds.of(seed, k.slug())));
                    Optional<Question> q = item(
                            kind,
                            pool,
                            a,
                            plan,
                            Seeds.of(seed, i + "|" + kind.slug()),
                            paper,
                            pass,
                            usedTexts,
                            (question, draft) -> served.add(new Served(question, draft)));
                    if (q.isPresent()) {
                        placed.put(i, q.get());
                        break;
                    }
                }
            }
        };
        fill.accept(new Pass(shares, ATTEMPTS, false));
        ListShares beyond = pairsOnce ? shares.beyondShares() : ListShares.unlimited();
        if (placed.size() < count && shares.refusedAny()) fill.accept(new Pass(beyond, ATTEMPTS, false));
        if (placed.size() < count) fill.accept(new Pass(beyond, ATTEMPTS * LAST_LOOK, true));
        return new Paper(placed, served);
    }

    /**
     * One walk over the places still empty: the list shares it keeps, the anchors tried per place and kind, and
     * whether the paper's first item of a form may move its key off the planned position ({@link Plan#mayMove}).
     */
    private record Pass(ListShares shares, int attempts, boolean firstKeysMove) {}

    /** @param usedTexts sentence patterns already asked in this quiz; others are preferred while attempts last */
    private Optional<Question> item(
            Kind kind,
            Pool pool,
            Anchors anchors,
            Plan plan,
            long seed,
            Assembly paper,
            Pass pass,
            Set<String> usedTexts,
            BiConsumer<Question, Draft> served) {
        ListShares shares = pass.shares();
        int attempts = pass.attempts();
        List<Phrasing> phrasings = phrasings(kind);
        if (phrasings.isEmpty()) return Optional.empty();
        int skips = anchors.size();
        Generator generator = generators.get(kind);
        List<Phrasing> fitting = new ArrayList<>(phrasings.size());
        for (int attempt = 0; attempt < attempts && anchors.hasNext(); attempt++) {
            Random random = new Random(Seeds.of(seed, attempt));
            Fact anchor = anchors.next();
            if (paper.used(anchor) && skips-- > 0) {
                attempt--;
                continue;
            }
            if (attempt < attempts / 2 && usedTexts.contains(anchor.text())) continue;
            fitting.clear();
            for (Phrasing p : phrasings) if (generator.suits(anchor, p)) fitting.add(p);
            if (fitting.isEmpty()) continue;
            Phrasing phrasing = fitting.get(random.nextInt(fitting.size()));
            // in the last quarter of the attempts the key may move on, so that a position no anchor can take does not
            // end the form
            int planned = kind.options() < 2 ? 0 : plan.position(phrasing);
            int position =
                    kind.options() < 2 ? 0 : (planned + Math.max(0, attempt - attempts * 3 / 4)) % kind.options();
            if (!plan.mayMove(phrasing, planned, position, pass.firstKeysMove())) continue;
            Optional<Draft> draft = generator
                    .draft(anchor, pool, phrasing, position, random)
                    .filter(d -> paper.conflict(d).isEmpty() && shares.admits(d))
                    .filter(d -> !(paper.isPaper() && d.key() != null && pool.isCommon(d.key())));
            Optional<Question> q = draft.flatMap(gate::admit);
            if (q.isPresent()) {
                paper.add(draft.get());
                shares.add(draft.get());
                plan.served(phrasing, position);
                usedTexts.add(anchor.text());
                served.accept(q.get(), draft.get());
                return q;
            }
        }
        return Optional.empty();
    }

    private void checkFilters(QuestionRequest request) {
        if (request.count() < 1 || request.count() > QuestionRequest.MAX_COUNT) {
            throw new InvalidInputException(
                    "count",
                    "Parameter 'count' must be between 1 and " + QuestionRequest.MAX_COUNT + ", not " + request.count()
                            + ".");
        }
        for (String t : new TreeSet<>(request.topics())) {
            if (!index.hasTopic(t)) {
                throw new InvalidInputException(
                        "topics",
                        "Parameter 'topics': unknown topic '" + t + "'. Known topics: " + known(index.topics()) + ".");
            }
        }
        for (String s : new TreeSet<>(request.sources())) {
            if (!index.hasSource(s)) {
                throw new InvalidInputException(
                        "sources", "Parameter 'sources': unknown source '" + s + "'. See /api/sources.");
            }
        }
        Period period = request.period();
        if (!period.isAll() && index.base().factsIn(period).isEmpty()) {
            throw new InvalidInputException("period", Freshness.noFacts(period, index.base()));
        }
    }

    /** At most a screenful of names, for error messages. */
    private static String known(Set<String> names) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(names));
        return sorted.size() <= 30 ? String.join(", ", sorted) : String.join(", ", sorted.subList(0, 30)) + ", ...";
    }

    private Pool pool(Set<String> topics, Set<String> sources, boolean detail, Period period) {
        if (topics.isEmpty() && sources.isEmpty() && period.isAll()) return detail ? everyDetail : everything;
        String key = new TreeSet<>(topics) + "|" + new TreeSet<>(sources) + "|" + detail + "|" + period;
        if (pools.size() > MAX_CACHED_POOLS) pools.clear();
        return pools.computeIfAbsent(key, k -> new Pool(index, topics, sources, detail, period));
    }
}
