package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate over the whole shipped base: for every style, fact, kind, template and many
 * seeds, what the gate lets through is checked against the test's own oracle.
 */
class ShippedQuestionsQualityTest {

    private static final int SEEDS = 12;

    private static Engine engine;
    private static ItemChecks checks;
    private static final Map<Kind, int[]> draftedAndServed = new EnumMap<>(Kind.class);
    private static final Set<String> anchorsServed = new HashSet<>();
    private static final Set<String> servedAnywhere = new HashSet<>();
    private static final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void walkEveryStyleFactKindTemplateAndSeed() {
        engine = Engines.shipped();
        checks = new ItemChecks(engine.index().base());
        for (String style : Engines.shippedStyles()) walk(Engines.shipped(style));
    }

    private static void walk(Engine engine) {
        Pool pool = new Pool(engine.index(), Set.of(), Set.of());
        for (Fact fact : engine.index().all()) {
            for (Kind kind : Kind.values()) {
                int positions = kind == Kind.TRUE_FALSE ? 2 : kind == Kind.FLASHCARD ? 1 : 4;
                for (Phrasing phrasing : engine.phrasings(kind)) {
                    for (int seed = 0; seed < SEEDS; seed++) {
                        int position = seed % positions;
                        Random random = new Random(Seeds.of(seed, fact.id() + kind + phrasing.id()));
                        Optional<Draft> draft = engine.generator(kind).draft(fact, pool, phrasing, position, random);
                        if (draft.isEmpty()) continue;
                        int[] counts = draftedAndServed.computeIfAbsent(kind, k -> new int[2]);
                        counts[0]++;
                        Optional<Question> served = engine.gate().admit(draft.get());
                        if (served.isEmpty()) continue;
                        counts[1]++;
                        anchorsServed.add(fact.id());
                        servedAnywhere.addAll(served.get().factIds());
                        Question q = served.get();
                        if (q.answer() != position)
                            problems.add(q.id() + ": key at " + q.answer() + ", planned " + position);
                        String where = kind + " " + fact.id() + " " + phrasing.id() + " seed " + seed + ": ";
                        checks.problems(q, draft.get(), phrasing).forEach(p -> problems.add(where + p + "\n    " + q));
                    }
                }
            }
        }
    }

    @Test
    void everyServedItemHasExactlyOneKeyDistinctOptionsNoPlaceholderAndNoGiveaway() {
        assertTrue(
                problems.isEmpty(),
                problems.size() + " problems, first: \n"
                        + problems.stream().limit(15).collect(Collectors.joining("\n")));
    }

    @Test
    void everyKindIsServedFromTheShippedBaseAndTheGateDropsFew() {
        for (Kind kind : Kind.values()) {
            int[] counts = draftedAndServed.getOrDefault(kind, new int[2]);
            assertTrue(counts[1] > 0, kind + " never served");
            assertTrue(
                    counts[1] >= counts[0] * 0.9,
                    kind + ": the gate dropped " + (counts[0] - counts[1]) + " of " + counts[0]);
        }
    }

    /**
     * Every fact anchors a served question, except a fact whose every slot is disputed: nothing can
     * be asked about it without a key that depends on which source you believe, so it is never served.
     */
    @Test
    void everyFactAnchorsAtLeastOneServedQuestion() {
        List<String> unused = engine.index().all().stream()
                .filter(f -> !f.askableSlots().isEmpty())
                .map(Fact::id)
                .filter(id -> !anchorsServed.contains(id))
                .toList();
        assertEquals(List.of(), unused);
        List<String> onlyDisputed = engine.index().all().stream()
                .filter(f -> f.askableSlots().isEmpty())
                .map(Fact::id)
                .toList();
        assertEquals(
                List.of(),
                onlyDisputed.stream().filter(servedAnywhere::contains).toList());
    }

    @Test
    void everyKindMakesAQuizOfItsOwn() {
        for (Kind kind : Kind.values()) {
            List<Question> quiz = engine.generate(Engines.request(20, 3, kind));
            assertTrue(!quiz.isEmpty() && quiz.size() <= 20, kind + " quiz of " + quiz.size());
            assertTrue(quiz.stream().allMatch(q -> q.kind() == kind), kind + " quiz holds other kinds");
        }
    }
}
