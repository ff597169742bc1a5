package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactList;
import in.prelims.fact.NumberWords;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Papers over the real fact base read as a moderator reads them: as a whole, not item by item. */
class PaperAssemblyTest {

    private static final int SEEDS = 20;
    private static final java.util.regex.Pattern DAY_OF_DATE = java.util.regex.Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final List<List<Question>> papers = new ArrayList<>();
    private static Engine engine;
    private static FactBase base;

    @BeforeAll
    static void generate() {
        engine = Engines.shipped();
        base = engine.index().base();
        for (long seed = 1; seed <= SEEDS; seed++) {
            papers.add(engine.generate(new QuestionRequest(100, seed, Set.of(), Set.of(), Set.of())));
        }
    }

    @Test
    void noFactTwiceInOnePaper() {
        for (List<Question> paper : papers) {
            Set<String> seen = new HashSet<>();
            for (Question q : paper)
                for (String id : q.factIds()) assertTrue(seen.add(id), "fact " + id + " twice in " + paper);
        }
    }

    @Test
    void noItemPrintsAnotherItemsKeyAndNoStemRepeats() {
        for (List<Question> paper : papers) {
            Set<String> stems = new HashSet<>();
            Set<String> statements = new HashSet<>();
            for (Question q : paper) {
                String shown = Texts.normalise(q.stem() + " " + String.join(" ", q.statements()));
                assertTrue(stems.add(shown), "repeated stem: " + q.stem());
                for (String statement : q.statements())
                    assertTrue(statements.add(Texts.normalise(statement)), "statement printed twice: " + statement);
                if (q.kind() != Kind.MCQ) continue;
                String key = Texts.padded(q.answerText());
                for (Question other : paper) {
                    if (other == q) continue;
                    List<String> printed = new ArrayList<>(List.of(other.stem()));
                    printed.addAll(other.statements());
                    // an item's own key among its options states nothing about another item
                    other.options().stream()
                            .filter(o -> other.kind() != Kind.MCQ || !o.equals(other.answerText()))
                            .forEach(printed::add);
                    if (other.questionLine() != null) printed.add(other.questionLine());
                    // a date's day ("7 October 2020") does not state a count of 7
                    String text =
                            DAY_OF_DATE.matcher(String.join(" | ", printed)).replaceAll("$2");
                    assertTrue(
                            !Texts.padded(text).contains(key),
                            other.id() + " prints the key of " + q.id() + ": " + q.answerText());
                }
            }
        }
    }

    @Test
    void statementSetsKeepToOneTopicAndOpenWithIt() {
        int sets = 0;
        for (List<Question> paper : papers) {
            for (Question q : paper) {
                if (q.kind() != Kind.STATEMENTS && q.kind() != Kind.HOW_MANY) continue;
                sets++;
                Set<String> shared = null;
                for (String id : q.factIds()) {
                    Set<String> topics =
                            new HashSet<>(base.fact(id).orElseThrow().topics());
                    if (shared == null) shared = topics;
                    else shared.retainAll(topics);
                }
                assertTrue(!shared.isEmpty(), "statements on no common topic: " + q);
                // a list's members are led in plainly; the question line names the list
                boolean members = q.questionLine().startsWith("How many of the items given above are ");
                assertTrue(
                        q.stem().startsWith("With reference to ")
                                || q.stem().startsWith("Consider the following statements about ")
                                || (members && q.stem().equals("Consider the following:")),
                        q.stem());
                assertTrue(q.questionLine().contains("given above"), q.questionLine());
            }
        }
        assertTrue(sets > SEEDS, "statement sets served: " + sets);
    }

    /**
     * Over the 20 seeds x 100 questions: keys moved off a planned position that cannot be served stay spread.
     * Two-statement items are few (about 70 in those papers, under 20 a position), too few for a 35% band, so they
     * are counted over 80 seeds.
     */
    @Test
    void keysSpreadOverPositionsIncludingTwoStatementItems() {
        Map<Integer, Long> twoStatements = new TreeMap<>();
        Map<Integer, Long> fourOptions = new TreeMap<>();
        List<List<Question>> more = new ArrayList<>(papers);
        for (long seed = SEEDS + 1; seed <= 4 * SEEDS; seed++)
            more.add(engine.generate(new QuestionRequest(100, seed, Set.of(), Set.of(), Set.of())));
        for (int i = 0; i < more.size(); i++) {
            for (Question q : more.get(i)) {
                if (i < papers.size() && q.options().size() == 4) fourOptions.merge(q.answer(), 1L, Long::sum);
                if (q.kind() == Kind.STATEMENTS && q.statements().size() == 2)
                    twoStatements.merge(q.answer(), 1L, Long::sum);
            }
        }
        assertEvenWithin35Percent(twoStatements, "two-statement keys");
        assertEvenWithin35Percent(fourOptions, "four-option keys");
    }

    private static void assertEvenWithin35Percent(Map<Integer, Long> counts, String what) {
        assertEquals(Set.of(0, 1, 2, 3), counts.keySet(), what + " " + counts);
        double even = counts.values().stream().mapToLong(Long::longValue).sum() / 4.0;
        for (long c : counts.values()) assertTrue(Math.abs(c - even) <= 0.35 * even, what + " " + counts);
    }

    /**
     * A key that a quarter of the material states ("Japan" on an India–Japan paper) is not asked: the rest of the
     * paper would give it away, and refusing every later item that prints it left seed 7's paper with 4 items.
     */
    @Test
    void aCommonValueIsNotAskedAsAKeyAndDoesNotEmptyANarrowPaper() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Question> paper =
                    engine.generate(new QuestionRequest(20, seed, Set.of(), Set.of("india-japan"), Set.of()));
            assertThat(paper).as("india-japan, seed " + seed).hasSizeGreaterThanOrEqualTo(17);
            for (Question q : paper) {
                if (q.kind() == Kind.MCQ) assertNotEquals("Japan", q.options().get(q.answer()), q.toString());
            }
        }
    }

    @Test
    void optionCodesKeepTheirFixedOrder() {
        for (List<Question> paper : papers) {
            for (Question q : paper) {
                if (q.kind() == Kind.STATEMENTS && q.statements().size() == 2)
                    assertEquals(List.of("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2"), q.options());
                if (q.kind() == Kind.STATEMENT_REASON) {
                    assertTrue(q.options().get(0).contains("Statement-II explains Statement-I"), q.toString());
                    assertTrue(q.options().get(3).startsWith("Statement-I is incorrect"), q.toString());
                }
            }
        }
    }

    @Test
    void theUpscStyleSetsOnlyTheExamsFormsAndTheNewOnesAppear() {
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        boolean headedPairs = false;
        for (List<Question> paper : papers) {
            for (Question q : paper) {
                kinds.merge(q.kind(), 1, Integer::sum);
                if (q.kind() == Kind.PAIRS && !q.headings().isEmpty()) headedPairs = true;
                if (q.kind() == Kind.PAIRS) {
                    Set<String> rights = new HashSet<>();
                    for (String pair : q.statements())
                        assertTrue(
                                rights.add(pair.substring(pair.lastIndexOf(':') + 1)
                                        .trim()),
                                "right side repeats: " + q);
                }
            }
        }
        assertTrue(!kinds.containsKey(Kind.TRUE_FALSE) && !kinds.containsKey(Kind.CLOZE), kinds.toString());
        assertTrue(kinds.containsKey(Kind.STATEMENT_REASON), kinds.toString());
        assertTrue(headedPairs, "no pairs item with column headings");
    }

    /**
     * The whole base has the material for a default paper of 25: a greedy choice that leaves a place empty is tried
     * again from other seeds, not served short (one in three came out at 23-24 items, without a Statement-I/II; now
     * about one in a hundred, by one item).
     */
    @Test
    void aDefaultPaperFromTheWholeBaseIsFullAndHoldsAStatementReasonItemMostOfTheTime() {
        int withStatementReason = 0;
        List<Long> servedShort = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            List<Question> paper = engine.generate(new QuestionRequest(25, seed, Set.of(), Set.of(), Set.of()));
            assertThat(paper.size()).as("seed " + seed).isGreaterThanOrEqualTo(24);
            if (paper.size() < 25) servedShort.add(seed);
            if (paper.stream().anyMatch(q -> q.kind() == Kind.STATEMENT_REASON)) withStatementReason++;
        }
        assertThat(servedShort).as("seeds of 25-item papers served short").hasSizeLessThanOrEqualTo(2);
        assertThat(withStatementReason)
                .as("papers of 25 with a Statement-I/II item")
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void aQuizOnATwoFactTopicIsShortNotRepetitive() {
        String topic = engine.index().topics().stream()
                .filter(t -> engine.index().topic(t).size() == 2)
                .sorted()
                .findFirst()
                .orElseThrow();
        List<Question> quiz = engine.generate(new QuestionRequest(30, 7, Set.of(), Set.of(topic), Set.of()));
        assertTrue(quiz.size() <= 2, quiz.size() + " questions from a two-fact topic");
        Set<String> stems = new HashSet<>();
        quiz.forEach(q -> assertTrue(stems.add(q.stem()), "repeated: " + q.stem()));
    }

    @Test
    void flashcardFrontsStandAlone() {
        Set<String> listFronts = new TreeSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            for (Question card :
                    engine.generate(new QuestionRequest(100, seed, Set.of(Kind.FLASHCARD), Set.of(), Set.of()))) {
                assertTrue(!card.stem().toLowerCase().startsWith("which of the following"), card.stem());
                Fact fact = base.fact(card.factIds().get(0)).orElseThrow();
                if (card.factIds().size() > 1) {
                    listFronts.add(card.stem());
                    int named = card.answerText().split("; ").length;
                    FactList list = base.lists().get(fact.list().name());
                    // the question's own context stays ("India and Japan describe their visions as similar."), and
                    // the front says how many: all of a complete list, as many as the sources give of an open one
                    assertTrue(card.stem().matches("(.+[.?!] )?Name .+\\."), card.stem());
                    if (list.complete()) {
                        assertEquals(list.members().size(), named, card.toString());
                        assertTrue(card.stem().contains("Name the " + NumberWords.word(named) + " "), card.stem());
                    } else {
                        assertTrue(card.stem().contains("Name " + NumberWords.word(named) + " of "), card.stem());
                    }
                } else
                    assertTrue(
                            fact.alsoTrue().values().stream().allMatch(List::isEmpty)
                                    || !card.answerText().contains(";"),
                            card.toString());
            }
        }
        assertThat(listFronts)
                .contains(
                        "Name the seven pillars of the Indo-Pacific Oceans Initiative.",
                        "India and Japan describe their Indo-Pacific visions as similar."
                                + " Name two of the bases both rest on.");
    }
}
