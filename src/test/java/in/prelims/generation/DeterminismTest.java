package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.FactBaseLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Same request and seed, same questions, options and keys; keys spread evenly over the positions. */
class DeterminismTest {

    private final Engine engine = Engines.shipped();

    @Test
    void theSameRequestGivesTheSameQuizEvenFromAFreshEngine() {
        QuestionRequest request = new QuestionRequest(100, 42, Set.of(), Set.of(), Set.of());
        List<Question> first = engine.generate(request);
        assertEquals(first, engine.generate(request));
        Engine fresh = new Engine(
                FactBaseLoader.load(Path.of("questions")), TemplateReader.load(Path.of("templates")), "upsc");
        assertEquals(first, fresh.generate(request));
        assertNotEquals(first, engine.generate(new QuestionRequest(100, 43, Set.of(), Set.of(), Set.of())));
    }

    @Test
    void filtersInAnyOrderGiveTheSameQuiz() {
        QuestionRequest a = new QuestionRequest(
                20, 9, EnumSet.of(Kind.MCQ, Kind.PAIRS), Set.of("india-japan", "economy"), Set.of());
        QuestionRequest b = new QuestionRequest(
                20, 9, EnumSet.of(Kind.PAIRS, Kind.MCQ), Set.of("economy", "india-japan"), Set.of());
        assertEquals(engine.generate(a), engine.generate(b));
    }

    @Test
    void theSameSeedGivesTheSameQuizInAnotherJvm() throws Exception {
        String first = printedByAFreshJvm(7);
        assertTrue(first.startsWith("[{\"id\":"), first);
        assertEquals(
                first,
                printedByAFreshJvm(7),
                "a JVM randomises the order of Set.of and Map.of; the quiz must not change");
    }

    private static String printedByAFreshJvm(long seed) throws IOException, InterruptedException {
        // without the class-data archive each JVM salts the iteration order of Set.of and Map.of anew
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:off",
                        "-cp",
                        System.getProperty("java.class.path"),
                        QuizPrinter.class.getName(),
                        String.valueOf(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void theDefaultPaperSetsEveryExamKindAndNoPracticeKind() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (long seed = 1; seed <= 10; seed++) {
            engine.generate(new QuestionRequest(60, seed, Set.of(), Set.of(), Set.of())).stream()
                    .map(Question::kind)
                    .forEach(kinds::add);
        }
        assertEquals(EnumSet.copyOf(Kind.exam()), kinds);
    }

    @Test
    void keysOfTrueFalseSpreadOverAB() {
        Map<Integer, Long> twoWay = new TreeMap<>();
        for (long seed = 1; seed <= 10; seed++) {
            engine.generate(new QuestionRequest(40, seed, Set.of(Kind.TRUE_FALSE), Set.of(), Set.of()))
                    .forEach(q -> twoWay.merge(q.answer(), 1L, Long::sum));
        }
        assertEquals(Set.of(0, 1), twoWay.keySet());
        assertTrue(
                spread(twoWay)
                        <= 0.35
                                * twoWay.values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                / 2,
                twoWay.toString());
    }

    private static Map<Integer, Long> positions(List<Question> questions) {
        return questions.stream().collect(Collectors.groupingBy(Question::answer, TreeMap::new, Collectors.counting()));
    }

    private static long spread(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0)
                - counts.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
